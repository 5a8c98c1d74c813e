import { useTranslation } from 'react-i18next';
import type { ThemeGroupStats } from '@/domain/group';
import { levelOf } from '@/domain/levels';
import { roundScore } from '@/domain/math';
import { downloadText } from '@/lib/file';
import { bandKey, themeKey } from '@/lib/i18n-keys';

/** The group's numbers per theme as CSV, for a spreadsheet or the minutes. */
export function GroupCsvButton({ stats, name }: { stats: ThemeGroupStats[]; name: string }) {
  const { t } = useTranslation('workshop');
  const { t: tq } = useTranslation('questionnaire');
  const round = (value: number | undefined) => (value === undefined ? null : roundScore(value));
  return (
    <button
      type="button"
      className="button no-print"
      onClick={async () => {
        const { toCsv } = await import('@/lib/csv');
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
        downloadText(
          `collective-scan-group-${name.replace(/[^\p{L}\p{N}]+/gu, '-')}.csv`,
          toCsv(header, rows),
          'text/csv;charset=utf-8',
        );
      }}
    >
      {t('results.csv')}
    </button>
  );
}
