import { useTranslation } from 'react-i18next';
import { questionnaire } from '@/content/questionnaire';
import { csvDelimiter, exportFileName, localIsoDate } from '@/domain/export-format';
import type { ThemeGroupStats } from '@/domain/group';
import { levelOf } from '@/domain/levels';
import { roundScore } from '@/domain/math';
import { downloadCsv } from '@/lib/csv';
import { bandKey, themeKey } from '@/lib/i18n-keys';

/**
 * The group's numbers per theme as CSV, for a spreadsheet or the minutes; above the table the
 * session's name, the export date and the questionnaire version (sessions are read into today's).
 */
export function GroupCsvButton({ stats, name }: { stats: ThemeGroupStats[]; name: string }) {
  const { t, i18n } = useTranslation('workshop');
  const { t: tq } = useTranslation('questionnaire');
  const round = (value: number | undefined) => (value === undefined ? null : roundScore(value));
  return (
    <button
      type="button"
      className="button no-print"
      onClick={() => {
        const today = localIsoDate(new Date());
        const header = [
          t('results.theme'),
          t('results.mean'),
          t('results.band'),
          t('results.median'),
          t('results.lowest'),
          t('results.highest'),
          t('results.respondents'),
          t('results.spread'),
          t('results.agreement'),
        ];
        const rows = stats.map((theme) => [
          tq(themeKey(theme.themeId, 'title')),
          round(theme.summary?.mean),
          theme.summary ? tq(bandKey(levelOf(theme.summary.mean))) : tq('score.tooFewAnswers'),
          round(theme.summary?.median),
          round(theme.summary?.min),
          round(theme.summary?.max),
          theme.summary?.n ?? 0,
          round(theme.summary?.sd),
          theme.summary === null
            ? t('results.noAnswers')
            : theme.disagree
              ? t('results.disagree')
              : t('results.agree'),
        ]);
        const about: [string, string][] = [
          [t('results.csvMeta.session'), name],
          [t('results.csvMeta.exported'), today],
          [t('results.csvMeta.questionnaire'), questionnaire.version],
        ];
        downloadCsv(
          exportFileName(name, today, 'csv', t('results.csvFileKind')),
          { about, header, rows },
          csvDelimiter(i18n.language),
        );
      }}
    >
      {t('results.csv')}
    </button>
  );
}
