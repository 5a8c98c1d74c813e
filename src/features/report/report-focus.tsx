import { useTranslation } from 'react-i18next';
import { levelOf } from '@/domain/levels';
import { roundScore } from '@/domain/math';
import type { ThemeScore } from '@/domain/scoring';
import { bandKey, themeKey } from '@/lib/i18n-keys';

type Props = { weakest: ThemeScore[]; strongest: ThemeScore[] };

/** Side by side: the three themes to start with (the weakest) and the three strongest. */
export function ReportFocus({ weakest, strongest }: Props) {
  const { t } = useTranslation('results');
  const { t: tq } = useTranslation('questionnaire');
  const list = (id: string, title: string, themes: ThemeScore[]) => (
    <section aria-labelledby={id} className="report-focus__list">
      <h2 id={id}>{title}</h2>
      {themes.length === 0 ? (
        <p>{t('report.noneScored')}</p>
      ) : (
        <ol>
          {themes.map((theme) => (
            <li key={theme.themeId}>
              <strong>{tq(themeKey(theme.themeId, 'title'))}</strong>{' '}
              <span className="report-focus__score">
                {roundScore(theme.score)}
                {theme.score === null ? '' : ` · ${tq(bandKey(levelOf(theme.score)))}`}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
  return (
    <div className="report-focus">
      {list('report-start', t('report.start'), weakest)}
      {list('report-strongest', t('report.strongest'), strongest)}
    </div>
  );
}
