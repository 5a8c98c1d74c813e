import { useTranslation } from 'react-i18next';
import { questionnaire } from '@/content/questionnaire';
import { allQuestions, allThemes } from '@/domain/questionnaire';
import type { Theme } from '@/domain/questionnaire-schema';
import { areaKey, themeKey } from '@/lib/i18n-keys';
import { ProgressMeter } from '@/ui/progress-meter';

// The parts of a theme step that need no stored answers. The wizard draws them, and so does the
// build, into index.html (scan-shell.tsx): one component each, so the two cannot drift apart.

const themes = allThemes(questionnaire);

/** "Member dynamics · theme 6 of 12". */
export function ThemePosition({ theme }: { theme: Theme }) {
  const { t } = useTranslation('wizard');
  const { t: tq } = useTranslation('questionnaire');
  const area = questionnaire.areas.find((candidate) =>
    candidate.themes.some((t) => t.id === theme.id),
  );
  return (
    <p className="wizard__position">
      {t('position', {
        area: area ? tq(areaKey(area.id, 'title')) : '',
        current: themes.findIndex((candidate) => candidate.id === theme.id) + 1,
        total: themes.length,
      })}
    </p>
  );
}

/** What the theme is about, and its name in the research. */
export function ThemeIntro({ theme }: { theme: Theme }) {
  const { t } = useTranslation('questionnaire');
  const { t: tw } = useTranslation('wizard');
  return (
    <div className="step__intro">
      <p>{t(themeKey(theme.id, 'intro'))}</p>
      <p className="step__research">
        {tw('researchName', { name: t(themeKey(theme.id, 'research')) })}
      </p>
    </div>
  );
}

/** The scan's progress bar and its "30 of 69 statements answered". */
export function ScanProgressMeter({ answered }: { answered: number }) {
  const { t } = useTranslation('wizard');
  const total = allQuestions(questionnaire).length;
  return (
    <ProgressMeter
      label={t('progressLabel')}
      value={answered}
      max={total}
      text={t('progressText', { answered, total })}
    />
  );
}
