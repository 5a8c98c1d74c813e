import { useTranslation } from 'react-i18next';
import { levelOf } from '@/domain/levels';
import { roundScore } from '@/domain/math';
import type { ScanScores } from '@/domain/scoring';
import { areaKey, bandKey } from '@/lib/i18n-keys';
import { Band } from '@/ui/band';

/** The three areas and the overall score, each with its level in words. */
export function AreaSummary({ scores }: { scores: ScanScores }) {
  const { t } = useTranslation('results');
  const { t: tq } = useTranslation('questionnaire');
  const scoredAreas = scores.areas.filter((area) => area.score !== null).length;
  const item = (score: number | null) =>
    score === null ? (
      <dd>{tq('score.tooFewAnswers')}</dd>
    ) : (
      <dd>
        {t('summary.value', { score: roundScore(score) })}{' '}
        <Band level={levelOf(score)} label={tq(bandKey(levelOf(score)))} />
      </dd>
    );
  return (
    <dl className="summary__scores">
      {scores.areas.map((area) => (
        <div key={area.areaId} className="summary__item">
          <dt>{tq(areaKey(area.areaId, 'title'))}</dt>
          {item(area.score)}
        </div>
      ))}
      <div className="summary__item">
        <dt>{t('summary.overall')}</dt>
        {item(scores.overall)}
        {scoredAreas < scores.areas.length && scores.overall !== null ? (
          <dd className="summary__note">
            {t('summary.partial', { count: scoredAreas, total: scores.areas.length })}
          </dd>
        ) : null}
      </div>
    </dl>
  );
}
