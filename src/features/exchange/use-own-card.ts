import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { makeCard } from '@/domain/exchange-card';
import { strongestThemes, weakestThemes } from '@/domain/scoring';
import { useCardStore } from '@/stores/card-store';
import { useScanResult } from '@/stores/scan-result';

/**
 * This collective's exchange card, built from its results and the board's lines. The card's id is
 * made once on this device (so a newer card replaces the older one wherever it was opened); the
 * card is dated anew whenever what it says changes.
 */
export function useOwnCard() {
  const { t } = useTranslation('exchange');
  const { answers, profile, scores } = useScanResult();
  const draft = useCardStore((state) => state);
  const ensureCollectiveId = useCardStore((state) => state.ensureCollectiveId);
  useEffect(() => {
    if (!draft.collectiveId) ensureCollectiveId();
  }, [draft.collectiveId, ensureCollectiveId]);

  const strongest = useMemo(() => strongestThemes(scores).map((theme) => theme.themeId), [scores]);
  const weakest = useMemo(() => weakestThemes(scores).map((theme) => theme.themeId), [scores]);
  const card = useMemo(
    () =>
      makeCard({
        id: draft.collectiveId ?? 'pending',
        madeAt: new Date().toISOString(),
        profile,
        scores: Object.fromEntries(scores.themes.map((theme) => [theme.themeId, theme.score])),
        strongest,
        weakest,
        lines: draft,
        fallbackName: t('unnamed'),
      }),
    [draft, profile, scores, strongest, weakest, t],
  );
  return {
    card,
    strongest,
    weakest,
    draft,
    hasAnswers: Object.keys(answers).length > 0,
    hasName: Boolean(profile.name?.trim()),
    ready: Boolean(draft.collectiveId),
  };
}
