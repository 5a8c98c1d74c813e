import { memo, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeGroupStats } from '@/domain/group';
import { toGroupRadarSeries } from '@/domain/radar';
import { themeKey } from '@/lib/i18n-keys';
import { Radar, RadarPlaceholder, themeAxes } from '@/ui/radar';

type GroupRadarProps = {
  stats: ThemeGroupStats[];
  respondentScores: readonly (readonly number[])[];
  respondentLabels: string[];
  showRespondents: boolean;
  /** The figures are still being worked out: the radar's space is kept, it is drawn once. */
  pending?: boolean;
};

/**
 * The group on a radar: the mean, the band from lowest to highest, and, on request, each
 * respondent. Themes the group disagrees on carry a flag on their spoke. Drawn again only when
 * its figures change: a radar takes a slow phone a tenth of a second or more.
 */
export const GroupRadar = memo(function GroupRadar({
  stats,
  respondentScores,
  respondentLabels,
  showRespondents,
  pending = false,
}: GroupRadarProps) {
  const { t } = useTranslation('workshop');
  const { t: tq } = useTranslation('questionnaire');
  // Drawn right after the page's first paint, in the space kept for it: the figures and the
  // table do not wait for the chart (a radar is a long task on a slow phone).
  const drawn = useDeferredValue(true, false);
  if (!drawn || pending) {
    return <RadarPlaceholder caption={t('results.radarCaption')} />;
  }
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
});
