import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';
import { questionnaire } from '@/content/questionnaire';
import { scanProgress } from '@/domain/progress';
import { allThemes } from '@/domain/questionnaire';
import { preloadScreenTexts, type ScreenTexts } from '@/domain/screen-texts';
import { themeKey } from '@/lib/i18n-keys';
import { useSettingsStore } from '@/stores/settings-store';
import { PageHeading } from '@/ui/page-heading';
import { useAnswerSource } from './answer-source';
import { ResumeScan } from './resume-scan';
import { ScanProgressMeter, ThemePosition } from './step-parts';
import { neighbours, PROFILE_STEP, RESUME_STEP, stepPath, wizardSteps } from './steps';
import { ThemeOverview } from './theme-overview';
import { ThemeStep } from './theme-step';
import './assessment.css';

// The profile form (react-hook-form and its zod resolver, ~13 KiB gz) is only needed on the first
// step: a board that reloads in a theme does not wait for it. The start screen preloads it.
const loadProfileStep = () => import('./profile-step');
const ProfileStep = lazy(() =>
  loadProfileStep().then((module) => ({ default: module.ProfileStep })),
);

/** The scan's texts, for a link straight into a theme (src/app/routes.tsx). */
export function preloadWizardTexts(i18n: ScreenTexts): Promise<unknown> {
  return preloadScreenTexts(i18n, 'scan');
}

/** For the shell's idle preload from the start screen (src/app/routes.tsx): the first step. */
export function preloadScan(i18n: ScreenTexts): Promise<unknown> {
  return Promise.all([loadProfileStep(), preloadWizardTexts(i18n)]);
}

const themes = allThemes(questionnaire);

/** Progress over the whole scan; its own component, so an answer re-renders only this. */
function ScanProgress() {
  const answered = useAnswerSource().useSelect(
    (answers) => scanProgress(questionnaire, answers).answered,
  );
  return <ScanProgressMeter answered={answered} />;
}

/** The scan: the profile, then one step per theme, with progress and an overview of all steps. */
export function WizardPage() {
  const { t } = useTranslation('wizard');
  const { t: tq } = useTranslation('questionnaire');
  const { step = '', statement: statementParam } = useParams<{
    step: string;
    statement?: string;
  }>();
  const projector = useSettingsStore((state) => state.projector ?? false);
  const [, navigate] = useLocation();
  const source = useAnswerSource();
  // Opened by "Change" on the results (the link puts this in the history entry): offer the way back.
  const fromResults = (useHistoryState() as { from?: string } | null)?.from === 'results';
  const themeIndex = themes.findIndex((theme) => theme.id === step);
  // A statement in the address (1-based): projector mode shows it alone, otherwise it is brought
  // into view as the step opens.
  const statementIndex = statementParam ? Math.max(0, (Number(statementParam) || 1) - 1) : null;
  const theme = themes[themeIndex];

  if (step === RESUME_STEP && source.withProfile) return <ResumeScan />;
  if ((step !== PROFILE_STEP || !source.withProfile) && !theme) {
    return (
      <>
        <PageHeading>{t('unknownStep')}</PageHeading>
        <Link href={stepPath(source, wizardSteps(source)[0] ?? PROFILE_STEP)}>
          {t('toFirstStep')}
        </Link>
      </>
    );
  }

  const goNext = () => {
    navigate(neighbours(source, step).next);
  };

  return (
    <div className="wizard">
      <div className="wizard__main">
        {fromResults ? (
          <p>
            <Link href="/results">
              <span aria-hidden="true">← </span>
              {t('backToResults')}
            </Link>
          </p>
        ) : null}
        {theme ? (
          <ThemePosition theme={theme} />
        ) : (
          <p className="wizard__position">{t('profilePosition')}</p>
        )}
        {/* Keyed by step: each step's heading takes focus when the step opens. */}
        <PageHeading key={`heading-${step}-${projector ? statementParam : ''}`}>
          {theme ? tq(themeKey(theme.id, 'title')) : t('profileTitle')}
        </PageHeading>
        <ScanProgress />
        {theme ? (
          <ThemeStep
            key={theme.id}
            theme={theme}
            statement={projector ? (statementIndex ?? 0) : null}
            landOn={projector ? null : statementIndex}
          />
        ) : (
          <Suspense fallback={<div className="step step--loading" aria-busy="true" />}>
            <ProfileStep onNext={goNext} />
          </Suspense>
        )}
      </div>
      {/* Projector mode shows the statement and nothing else. */}
      {projector ? null : (
        <aside className="wizard__aside">
          <ThemeOverview current={step} />
        </aside>
      )}
    </div>
  );
}
