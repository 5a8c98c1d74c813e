import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import { isProfileComplete } from '@/domain/profile';
import { themeProgress } from '@/domain/progress';
import { useScanStore } from '@/stores/scan-store';
import { PROFILE_STEP, stepPath } from './steps';

/** Every step with how much of it is answered; a link jumps straight to it. */
export function ThemeOverview({ current }: { current: string }) {
  const { t } = useTranslation();
  const { t: tq } = useTranslation('questionnaire');
  const answers = useScanStore((state) => state.answers);
  const profileDone = useScanStore((state) => isProfileComplete(state.profile));
  const stepLink = (step: string, label: string, status: string) => (
    <Link href={stepPath(step)} aria-current={step === current ? 'step' : undefined}>
      <span className="overview__label">{label}</span>
      <span className="overview__status">{status}</span>
    </Link>
  );
  return (
    <details className="overview" open>
      <summary>{t('wizard.overview')}</summary>
      <nav aria-label={t('wizard.overview')}>
        <ol className="overview__list">
          <li>
            {stepLink(
              PROFILE_STEP,
              t('wizard.profileTitle'),
              profileDone ? t('wizard.profileDone') : t('wizard.profileOpen'),
            )}
          </li>
          {questionnaire.areas.map((area) => (
            <li key={area.id}>
              <span className="overview__area">{tq(`areas.${area.id}.title`)}</span>
              <ol>
                {area.themes.map((theme) => {
                  const progress = themeProgress(theme, answers);
                  return (
                    <li key={theme.id}>
                      {stepLink(
                        theme.id,
                        tq(`themes.${theme.id}.title`),
                        t('wizard.themeStatus', progress),
                      )}
                    </li>
                  );
                })}
              </ol>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  );
}
