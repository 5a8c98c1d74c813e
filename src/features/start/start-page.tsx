import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import { scanProgress } from '@/domain/progress';
import { useScanStore } from '@/stores/scan-store';
import { PageHeading } from '@/ui/page-heading';
import { BackupReminder } from './backup-reminder';
import { StartOverButton } from './start-over-button';
import './start.css';

/**
 * What the scan is, how long it takes, where the answers stay; start or continue. The actions
 * come right after the lead, so they are on the first screen of a phone.
 */
export function StartPage() {
  const { t } = useTranslation();
  const answers = useScanStore((state) => state.answers);
  const hasProfile = useScanStore((state) => Object.keys(state.profile).length > 0);
  const progress = scanProgress(questionnaire, answers);
  const started = progress.answered > 0 || hasProfile;
  return (
    <div className="start">
      <PageHeading>{t('start.title')}</PageHeading>
      <p className="start__lead">{t('start.lead')}</p>
      {started ? <p>{t('start.continueText', progress)}</p> : null}
      <div className="start__actions">
        {/* The wizard works out where the scan was left (src/features/assessment/resume-scan). */}
        <Link href={started ? '/scan/resume' : '/scan/profile'} className="button button--primary">
          {started ? t('start.continue') : t('start.begin')}
        </Link>
        {progress.answered > 0 ? (
          <Link href="/results" className="button">
            {t('start.toResults')}
          </Link>
        ) : null}
        {started ? <StartOverButton /> : null}
      </div>
      {/* Drawn with the screen (not loaded later), so it never pushes the lines below it. */}
      {progress.answered > 0 ? <BackupReminder /> : null}
      <ul className="start__facts">
        <li>{t('start.factThemes')}</li>
        <li>{t('start.factTime')}</li>
        <li>{t('start.factPrivacy')}</li>
        <li>{t('start.factNotGrade')}</li>
      </ul>
      <p>
        <Link href="/method">{t('start.methodLink')}</Link>
      </p>
    </div>
  );
}
