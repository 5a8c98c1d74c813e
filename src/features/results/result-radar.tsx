import { useTranslation } from 'react-i18next';
import { exportFileName, localIsoDate } from '@/domain/export-format';
import { toRadarSeries } from '@/domain/radar';
import type { ScanScores } from '@/domain/scoring';
import { themeKey } from '@/lib/i18n-keys';
import { Radar, scoreAxes } from '@/ui/radar';

/** The twelve theme scores of one scan on a radar, with the score next to each theme's name. */
export function ResultRadar({
  scores,
  title,
  name,
}: {
  scores: ScanScores;
  title: string;
  /** The collective's name, for the downloaded picture and its file name. */
  name?: string | undefined;
}) {
  const { t, i18n } = useTranslation('results');
  const today = new Date();
  const { t: tq } = useTranslation('questionnaire');
  const series = toRadarSeries(scores);
  return (
    <Radar
      axes={scoreAxes(series, (id) => tq(themeKey(id, 'short')))}
      lines={[{ key: 'score', name: title, look: 'result', values: series.map((p) => p.score) }]}
      label={t('radar.label', { title })}
      caption={t('radar.caption')}
      download={{
        label: t('radar.png'),
        fileName: exportFileName(name, localIsoDate(today), 'png'),
        frame: {
          title: t('report.png.title'),
          name: name || title,
          date: today.toLocaleDateString(i18n.language, { dateStyle: 'long' }),
          legend: [t('report.png.legend')],
        },
      }}
    />
  );
}
