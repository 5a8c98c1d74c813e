import { useTranslation } from 'react-i18next';
import type { ThemeGroupStats } from '@/domain/group';
import { toGroupRadarSeries } from '@/domain/radar';
import { themeKey } from '@/lib/i18n-keys';
import { Radar, themeAxes } from '@/ui/radar';

type GroupRadarProps = {
  stats: ThemeGroupStats[];
  respondentScores: readonly (readonly number[])[];
  respondentLabels: string[];
  showRespondents: boolean;
};

/**
 * The group on a radar: the mean, the band from lowest to highest, and, on request, each
 * respondent. Themes the group disagrees on carry a flag on their spoke.
 */
export function GroupRadar({
  stats,
  respondentScores,
  respondentLabels,
  showRespondents,
}: GroupRadarProps) {
  const { t } = useTranslation('workshop');
  const { t: tq } = useTranslation('questionnaire');
  const series = toGroupRadarSeries(stats, showRespondents ? respondentScores : []);
  const axes = themeAxes(
    series.map((point) => point.themeId),
    (id) => tq(themeKey(id, 'short')),
  ).map((axis, index) =>
    stats[index]?.disagree ? { ...axis, flag: t('results.disagree') } : axis,
  );
  return (
    <Radar
      axes={axes}
      band={{
        name: t('results.range'),
        low: series.map((point) => point.min),
        high: series.map((point) => point.max),
      }}
      lines={[
        ...respondentLabels
          .slice(0, showRespondents ? respondentLabels.length : 0)
          .map((name, r) => ({
            key: `r${r}`,
            name,
            look: 'respondent' as const,
            values: series.map((point) => point.respondents[r] ?? null),
          })),
        { key: 'mean', name: t('results.mean'), look: 'mean', values: series.map((p) => p.mean) },
      ]}
      label={t('results.radarLabel')}
      caption={t('results.radarCaption')}
      legend={showRespondents}
    />
  );
}
