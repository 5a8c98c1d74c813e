import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import { scanProgress } from '@/domain/progress';
import { allThemes } from '@/domain/questionnaire';
import { useScanStore } from '@/stores/scan-store';
import { PageHeading } from '@/ui/page-heading';
import { ProgressMeter } from '@/ui/progress-meter';
import { ProfileStep } from './profile-step';
import { neighbours, PROFILE_STEP, stepPath } from './steps';
import { ThemeOverview } from './theme-overview';
import { ThemeStep } from './theme-step';

const themes = allThemes(questionnaire);

/** The scan: the profile, then one step per theme, with progress and an overview of all steps. */
export function WizardPage() {
  const { t } = useTranslation();
  const { t: tq } = useTranslation('questionnaire');
  const { step = '' } = useParams<{ step: string }>();
  const [, navigate] = useLocation();
  const answers = useScanStore((state) => state.answers);
  const themeIndex = themes.findIndex((theme) => theme.id === step);
  const theme = themes[themeIndex];

  if (step !== PROFILE_STEP && !theme) {
    return (
      <>
        <PageHeading>{t('wizard.unknownStep')}</PageHeading>
        <Link href={stepPath(PROFILE_STEP)}>{t('wizard.toFirstStep')}</Link>
      </>
    );
  }

  const progress = scanProgress(questionnaire, answers);
  const area = questionnaire.areas.find((candidate) => candidate.themes.some((t) => t.id === step));
  const goNext = () => {
    const { next } = neighbours(step);
    navigate(next ? stepPath(next) : '/results');
  };

  return (
    <div className="wizard">
      <div className="wizard__main">
        <p className="wizard__position">
          {theme
            ? t('wizard.position', {
                area: tq(`areas.${area?.id}.title`),
                current: themeIndex + 1,
                total: themes.length,
              })
            : t('wizard.profilePosition')}
        </p>
        <PageHeading>
          {theme ? tq(`themes.${theme.id}.title`) : t('wizard.profileTitle')}
        </PageHeading>
        <ProgressMeter
          label={t('wizard.progressLabel')}
          value={progress.answered}
          max={progress.total}
          text={t('wizard.progressText', progress)}
        />
        {theme ? <ThemeStep key={theme.id} theme={theme} /> : <ProfileStep onNext={goNext} />}
      </div>
      <aside className="wizard__aside">
        <ThemeOverview current={step} />
      </aside>
    </div>
  );
}
