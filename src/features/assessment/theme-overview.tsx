import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import { isProfileComplete } from '@/domain/profile';
import { themeProgress } from '@/domain/progress';
import type { Theme } from '@/domain/questionnaire-schema';
import { areaKey, themeKey } from '@/lib/i18n-keys';
import { isNarrowWindow } from '@/lib/media';
import { useScanStore } from '@/stores/scan-store';
import { useAnswerSource } from './answer-source';
import { PROFILE_STEP, stepPath } from './steps';

/** Every step with how much of it is answered; a link jumps straight to it. */
export function ThemeOverview({ current }: { current: string }) {
  const { t } = useTranslation('wizard');
  const { t: tq } = useTranslation('questionnaire');
  const profileDone = useScanStore((state) => isProfileComplete(state.profile));
  const source = useAnswerSource();
  // On a phone the list comes after the step and would add a screen and more: folded there.
  const [open] = useState(() => !isNarrowWindow());
  const stepLink = (step: string, label: string, status: ReactNode) => (
    <Link href={stepPath(source, step)} aria-current={step === current ? 'step' : undefined}>
      <span className="overview__label">{label}</span>
      <span className="overview__status">{status}</span>
    </Link>
  );
  return (
    <details className="overview" open={open}>
      <summary>{t('overview')}</summary>
      <nav aria-label={t('overview')}>
        <ol className="overview__list">
          {source.withProfile ? (
            <li>
              {stepLink(
                PROFILE_STEP,
                t('profileTitle'),
                profileDone ? t('profileDone') : t('profileOpen'),
              )}
            </li>
          ) : null}
          {questionnaire.areas.map((area) => (
            <li key={area.id}>
              <span className="overview__area">{tq(areaKey(area.id, 'title'))}</span>
              <ol>
                {area.themes.map((theme) => (
                  <li key={theme.id}>
                    {stepLink(
                      theme.id,
                      tq(themeKey(theme.id, 'title')),
                      <ThemeStatus theme={theme} />,
                    )}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  );
}

/** "3 of 5 answered": re-renders only when this theme's count changes. */
function ThemeStatus({ theme }: { theme: Theme }) {
  const { t } = useTranslation('wizard');
  const answered = useAnswerSource().useSelect((answers) => themeProgress(theme, answers).answered);
  return <>{t('themeStatus', { answered, total: theme.questions.length })}</>;
}
