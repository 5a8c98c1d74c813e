import { useTranslation } from 'react-i18next';
import { questionnaire } from '@/content/questionnaire';
import { allQuestions, allThemes } from '@/domain/questionnaire';
import { themeKey } from '@/lib/i18n-keys';
import { PageHeading } from '@/ui/page-heading';
import { ScanProgressMeter, ThemeIntro, ThemePosition } from './step-parts';

/**
 * The top of every theme step as index.html holds it (rendered at build time by
 * src/prerender.tsx): its position, heading and intro, in the wizard's own markup. A board that
 * reloads mid-scan, or opens a link to a theme, reads these while the app's code is still on its
 * way; the pre-paint script (src/lib/boot.ts) picks the theme and CSS shows it (base.css). The
 * progress keeps its place but stays hidden: how many statements are answered is only known once
 * the app has read the stored answers. The app then draws the whole step in its place.
 */
export function ScanShells() {
  const { t } = useTranslation('questionnaire');
  const total = allQuestions(questionnaire).length;
  return allThemes(questionnaire).map((theme) => (
    <div key={theme.id} data-scan-shell={theme.id}>
      <div className="wizard">
        <div className="wizard__main">
          <ThemePosition theme={theme} />
          <PageHeading>{t(themeKey(theme.id, 'title'))}</PageHeading>
          <div className="scan-shell__progress">
            <ScanProgressMeter answered={total} />
          </div>
          <div className="step step--list">
            <ThemeIntro theme={theme} />
          </div>
        </div>
      </div>
    </div>
  ));
}
