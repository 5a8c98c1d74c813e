import { useTranslation } from 'react-i18next';
import { toRadarSeries } from '@/domain/radar';
import type { ScanScores } from '@/domain/scoring';
import { themeKey } from '@/lib/i18n-keys';
import { Radar, scoreAxes } from '@/ui/radar';

/** The twelve theme scores of one scan on a radar, with the score next to each theme's name. */
export function ResultRadar({ scores, title }: { scores: ScanScores; title: string }) {
  const { t } = useTranslation('results');
  const { t: tq } = useTranslation('questionnaire');
  const series = toRadarSeries(scores);
  return (
    <Radar
      axes={scoreAxes(series, (id) => tq(themeKey(id, 'short')))}
      lines={[{ key: 'score', name: title, look: 'result', values: series.map((p) => p.score) }]}
      label={t('radar.label', { title })}
      caption={t('radar.caption')}
      download={{ label: t('radar.png'), fileName: 'collective-scan-radar.png' }}
    />
  );
}
