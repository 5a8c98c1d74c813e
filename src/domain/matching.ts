import {
  CARD_THEMES_V1,
  type CardThemeId,
  decodeCardScores,
  type ExchangeCard,
} from './exchange-card';
import { levelOf } from './levels';
import { SCALES } from './profile';

/**
 * Regional matchmaking: which collectives can help which others, theme by theme. The one rule,
 * stated the same way on the screen and in the method page:
 * a collective can share on a theme when it lists the theme under "what we can share" or scores
 * high on it (70 or more); for each theme a collective wants to learn about, those that can share
 * are ranked by (1) their score on the theme, higher first, (2) how close they are in size and
 * scale (SIZE_BANDS steps apart plus SCALES steps apart, fewer first), (3) the same place first,
 * then by name. A collective is never matched with itself.
 */

/** Member counts that start a new size band: up to 50, 51–250, 251–1,000, more than 1,000. */
export const SIZE_BANDS = [51, 251, 1001] as const;
/** Steps counted for a size or scale that a card leaves out: as far apart as they can be. */
const UNKNOWN_STEPS = 3;
/** How many collectives are named per theme on a match list ("three collectives to call"). */
export const MATCHES_SHOWN = 3;

export type MergeOutcome = 'added' | 'updated' | 'same' | 'older';

/**
 * Adds cards to a collection: one card per collective (by id), the card made last wins. Returns
 * the collection and what became of each incoming card, in order.
 */
export function mergeCards(
  existing: readonly ExchangeCard[],
  incoming: readonly ExchangeCard[],
): { cards: ExchangeCard[]; outcomes: MergeOutcome[] } {
  const byId = new Map(existing.map((card) => [card.id, card]));
  const outcomes = incoming.map((card): MergeOutcome => {
    const before = byId.get(card.id);
    if (!before) {
      byId.set(card.id, card);
      return 'added';
    }
    if (card.madeAt === before.madeAt) return 'same';
    if (card.madeAt < before.madeAt) return 'older';
    byId.set(card.id, card);
    return 'updated';
  });
  return { cards: [...byId.values()], outcomes };
}

/** The size band of a member count (0–3), or null when the card does not say. */
export function sizeBand(members: number | undefined): number | null {
  if (members === undefined) return null;
  const band = SIZE_BANDS.findIndex((from) => members < from);
  return band === -1 ? SIZE_BANDS.length : band;
}

function steps(a: number | null, b: number | null): number {
  return a === null || b === null ? UNKNOWN_STEPS : Math.abs(a - b);
}

type Facts = { band: number | null; scale: number | null; place: string };

/** What matching compares of a card, worked out once per card (matching compares each often). */
const factsCache = new WeakMap<ExchangeCard, Facts>();
function factsOf(card: ExchangeCard): Facts {
  let facts = factsCache.get(card);
  if (!facts) {
    facts = {
      band: sizeBand(card.members),
      scale: card.scale ? SCALES.indexOf(card.scale) : null,
      place: card.place?.trim().toLocaleLowerCase('nl') ?? '',
    };
    factsCache.set(card, facts);
  }
  return facts;
}

/** How far apart two collectives are in size and scale: 0 (alike) to 6. */
export function sizeScaleDistance(a: ExchangeCard, b: ExchangeCard): number {
  const x = factsOf(a);
  const y = factsOf(b);
  return steps(x.band, y.band) + steps(x.scale, y.scale);
}

/** Whether both cards name the same place (letter case and spaces aside). */
export function samePlace(a: ExchangeCard, b: ExchangeCard): boolean {
  const key = factsOf(a).place;
  return key !== '' && key === factsOf(b).place;
}

/** Whether two collectives work in different sectors (no sector in common). */
export function crossSector(a: ExchangeCard, b: ExchangeCard): boolean {
  return !a.sectors.some((sector) => b.sectors.includes(sector));
}

/** A card's scores, read once per card (cached: matching reads them many times). */
const scoreCache = new WeakMap<ExchangeCard, Record<CardThemeId, number | null>>();
export function cardScores(card: ExchangeCard): Record<CardThemeId, number | null> {
  let scores = scoreCache.get(card);
  if (!scores) {
    scores = decodeCardScores(card.scores);
    scoreCache.set(card, scores);
  }
  return scores;
}

/** Whether a collective can share on a theme: it offers it, or scores high on it. */
export function canShare(card: ExchangeCard, theme: CardThemeId): boolean {
  if (card.share.some((line) => line.theme === theme)) return true;
  const score = cardScores(card)[theme];
  return score !== null && levelOf(score) === 'high';
}

export type Match = {
  card: ExchangeCard;
  /** The sharer's score on the theme (null: it offers the theme without a score). */
  score: number | null;
  distance: number;
  samePlace: boolean;
  crossSector: boolean;
};

/** Names in alphabetical order as a Dutch reader expects it (one collator: making one per call is slow). */
const byName = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** The ranking rule as a comparison: score, then size-and-scale distance, then place, then name. */
export function compareMatches(a: Match, b: Match): number {
  return (
    (b.score ?? -1) - (a.score ?? -1) ||
    a.distance - b.distance ||
    Number(b.samePlace) - Number(a.samePlace) ||
    byName.compare(a.card.name, b.card.name) ||
    (a.card.id < b.card.id ? -1 : a.card.id > b.card.id ? 1 : 0)
  );
}

/** The collectives that can share on `theme`, in the cards' order. */
function sharersOf(cards: readonly ExchangeCard[], theme: CardThemeId): ExchangeCard[] {
  return cards.filter((card) => canShare(card, theme));
}

/** Ranks `sharers` (who can share on `theme`) for `learner`, leaving out the learner itself. */
function rankFor(learner: ExchangeCard, sharers: readonly ExchangeCard[], theme: CardThemeId) {
  const matches: Match[] = [];
  for (const card of sharers) {
    if (card.id === learner.id) continue;
    matches.push({
      card,
      score: cardScores(card)[theme],
      distance: sizeScaleDistance(learner, card),
      samePlace: samePlace(learner, card),
      crossSector: crossSector(learner, card),
    });
  }
  return matches.sort(compareMatches);
}

/** Every other collective that can share on `theme`, ranked for `learner` by the rule above. */
export function rankSharers(
  cards: readonly ExchangeCard[],
  learner: ExchangeCard,
  theme: CardThemeId,
): Match[] {
  return rankFor(learner, sharersOf(cards, theme), theme);
}

export type LearnerMatches = { theme: CardThemeId; question?: string; matches: Match[] };

/** For each theme a collective wants to learn about: who can share, ranked. */
export function matchesFor(
  cards: readonly ExchangeCard[],
  learner: ExchangeCard,
): LearnerMatches[] {
  return learner.learn.map(({ theme, line }) => ({
    theme,
    ...(line ? { question: line } : {}),
    matches: rankSharers(cards, learner, theme),
  }));
}

/**
 * Matches for every collective of the collection, by collective id. Who can share on a theme is
 * found once per theme, not once per collective that asks (200 cards: 12 passes, not 600).
 */
export function matchAll(cards: readonly ExchangeCard[]): Map<string, LearnerMatches[]> {
  const sharers = new Map<CardThemeId, ExchangeCard[]>();
  const sharersFor = (theme: CardThemeId) => {
    let list = sharers.get(theme);
    if (!list) {
      list = sharersOf(cards, theme);
      sharers.set(theme, list);
    }
    return list;
  };
  return new Map(
    cards.map((learner) => [
      learner.id,
      learner.learn.map(({ theme, line }) => ({
        theme,
        ...(line ? { question: line } : {}),
        matches: rankFor(learner, sharersFor(theme), theme),
      })),
    ]),
  );
}

export type OverviewCell = {
  score: number | null;
  /** It can share on the theme (offers it or scores high). */
  shares: boolean;
  /** It wants to learn about the theme. */
  learns: boolean;
};

/** The theme × collective overview: per theme, a cell per card (in the cards' order). */
export function overview(
  cards: readonly ExchangeCard[],
): { theme: CardThemeId; cells: OverviewCell[]; sharing: number; learning: number }[] {
  return CARD_THEMES_V1.map((theme) => {
    const cells = cards.map((card) => ({
      score: cardScores(card)[theme],
      shares: canShare(card, theme),
      learns: card.learn.some((line) => line.theme === theme),
    }));
    return {
      theme,
      cells,
      sharing: cells.filter((cell) => cell.shares).length,
      learning: cells.filter((cell) => cell.learns).length,
    };
  });
}
