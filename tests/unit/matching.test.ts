import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CARD_THEMES_V1,
  type CardThemeId,
  type ExchangeCard,
  encodeCardScores,
} from '@/domain/exchange-card';
import {
  canShare,
  compareMatches,
  crossSector,
  matchAll,
  matchesFor,
  mergeCards,
  overview,
  rankSharers,
  samePlace,
  sizeBand,
  sizeScaleDistance,
} from '@/domain/matching';
import { SCALES, SECTORS } from '@/domain/profile';

type Spec = {
  id: string;
  name?: string;
  place?: string;
  members?: number;
  scale?: ExchangeCard['scale'];
  sectors?: ExchangeCard['sectors'];
  scores?: Partial<Record<CardThemeId, number | null>>;
  share?: CardThemeId[];
  learn?: CardThemeId[];
  madeAt?: string;
};

function card(spec: Spec): ExchangeCard {
  return {
    format: 'collective-scan-card',
    version: 1,
    id: spec.id,
    madeAt: spec.madeAt ?? '2026-11-28T10:00:00.000Z',
    name: spec.name ?? spec.id,
    ...(spec.place ? { place: spec.place } : {}),
    sectors: spec.sectors ?? ['energy'],
    ...(spec.scale ? { scale: spec.scale } : {}),
    ...(spec.members !== undefined ? { members: spec.members } : {}),
    scores: encodeCardScores(spec.scores ?? {}),
    share: (spec.share ?? []).map((theme) => ({ theme })),
    learn: (spec.learn ?? []).map((theme) => ({ theme })),
  };
}

const THEME: CardThemeId = 'member-recruitment';
const learner = card({
  id: 'learner',
  place: 'Zwolle',
  members: 120,
  scale: 'city',
  sectors: ['energy'],
  scores: { [THEME]: 20 },
  learn: [THEME],
});

describe('who can share on a theme', () => {
  it.each([
    ['scores 70 (high)', { scores: { [THEME]: 70 } }, true],
    ['scores 69 (middle)', { scores: { [THEME]: 69 } }, false],
    ['offers the theme with a middle score', { scores: { [THEME]: 50 }, share: [THEME] }, true],
    ['has no score and does not offer it', { scores: {} }, false],
  ])('a collective that %s: %s', (_, spec, expected) => {
    expect(canShare(card({ id: 'x', ...spec }), THEME)).toBe(expected);
  });
});

describe('size and scale distance', () => {
  it.each([
    [1, 0],
    [50, 0],
    [51, 1],
    [250, 1],
    [251, 2],
    [1000, 2],
    [1001, 3],
    [undefined, null],
  ])('%s members are in size band %s', (members, band) => {
    expect(sizeBand(members)).toBe(band);
  });

  it.each([
    [{ members: 120, scale: 'city' }, 0],
    [{ members: 40, scale: 'city' }, 1],
    [{ members: 120, scale: 'village' }, 2],
    [{ members: 5000, scale: 'village' }, 4],
    [{ scale: 'city' }, 3],
    [{}, 6],
  ] as const)('from the learner (120, city) to %o: %s steps', (spec, distance) => {
    expect(sizeScaleDistance(learner, card({ id: 'x', ...spec }))).toBe(distance);
  });

  it('same place ignores case and spaces; no place is never the same', () => {
    expect(samePlace(learner, card({ id: 'x', place: ' zwolle ' }))).toBe(true);
    expect(samePlace(card({ id: 'a' }), card({ id: 'b' }))).toBe(false);
  });

  it('cross-sector means no sector in common', () => {
    expect(crossSector(learner, card({ id: 'x', sectors: ['care'] }))).toBe(true);
    expect(crossSector(learner, card({ id: 'x', sectors: ['care', 'energy'] }))).toBe(false);
  });
});

describe('ranking the collectives that can share', () => {
  it('ranks by score, then size and scale, then place, then name', () => {
    const cards = [
      learner,
      card({ id: 'weak', scores: { [THEME]: 40 } }),
      card({ id: 'far', name: 'Far', scores: { [THEME]: 80 }, members: 5000, scale: 'region' }),
      card({ id: 'close', name: 'Close', scores: { [THEME]: 80 }, members: 100, scale: 'city' }),
      card({ id: 'top', name: 'Top', scores: { [THEME]: 95 }, members: 5000, scale: 'region' }),
      card({
        id: 'local',
        name: 'Zz local',
        scores: { [THEME]: 80 },
        members: 100,
        scale: 'city',
        place: 'Zwolle',
      }),
      card({ id: 'alpha', name: 'Alpha', scores: { [THEME]: 80 }, members: 100, scale: 'city' }),
      card({ id: 'offer', name: 'Offers', share: [THEME], scores: { [THEME]: 60 } }),
    ];
    const ranked = rankSharers(cards, learner, THEME);
    expect(ranked.map((match) => match.card.id)).toEqual([
      'top',
      'local',
      'alpha',
      'close',
      'far',
      'offer',
    ]);
    expect(ranked.find((match) => match.card.id === 'local')?.samePlace).toBe(true);
  });

  it('marks cross-sector matches', () => {
    const cards = [
      learner,
      card({ id: 'care', sectors: ['care'], scores: { [THEME]: 90 } }),
      card({ id: 'energy', sectors: ['energy', 'food'], scores: { [THEME]: 90 } }),
    ];
    const marks = Object.fromEntries(
      rankSharers(cards, learner, THEME).map((match) => [match.card.id, match.crossSector]),
    );
    expect(marks).toEqual({ care: true, energy: false });
  });

  it("lists matches for each of a collective's learning themes, with its question", () => {
    const asking = { ...learner, learn: [{ theme: THEME, line: 'How do you recruit?' }] };
    const result = matchesFor([asking, card({ id: 'x', scores: { [THEME]: 90 } })], asking);
    expect(result).toEqual([
      { theme: THEME, question: 'How do you recruit?', matches: [expect.anything()] },
    ]);
  });
});

describe('merging cards', () => {
  const first = card({ id: 'a', madeAt: '2026-11-01T10:00:00.000Z', name: 'Old' });
  const newer = card({ id: 'a', madeAt: '2026-11-02T10:00:00.000Z', name: 'New' });

  it.each([
    ['a new collective', [], [first], 'added', 'Old'],
    ['the same card again', [first], [first], 'same', 'Old'],
    ['a newer card', [first], [newer], 'updated', 'New'],
    ['an older card', [newer], [first], 'older', 'New'],
  ] as const)('%s', (_, existing, incoming, outcome, name) => {
    const merged = mergeCards(existing, incoming);
    expect(merged.outcomes).toEqual([outcome]);
    expect(merged.cards.map((c) => c.name)).toEqual([name]);
  });

  it('counts a collective once whatever order its cards come in', () => {
    expect(mergeCards([], [newer, first, newer]).cards).toEqual([newer]);
  });
});

describe('the overview', () => {
  it('counts per theme who can share and who wants to learn', () => {
    const cards = [learner, card({ id: 'x', scores: { [THEME]: 90 } })];
    const row = overview(cards).find((entry) => entry.theme === THEME);
    expect(row).toMatchObject({ sharing: 1, learning: 1 });
    expect(row?.cells.map((cell) => cell.shares)).toEqual([false, true]);
  });
});

const arbitraryCard = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{1,6}$/),
  name: fc.constantFrom('Alpha', 'Beta', 'Gamma', 'Delta'),
  place: fc.option(fc.constantFrom('Zwolle', 'Utrecht', 'zwolle'), { nil: undefined }),
  members: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
  scale: fc.option(fc.constantFrom(...SCALES), { nil: undefined }),
  sectors: fc.subarray([...SECTORS], { minLength: 1, maxLength: 3 }),
  scores: fc.dictionary(
    fc.constantFrom(...CARD_THEMES_V1),
    fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  ),
  share: fc.subarray([...CARD_THEMES_V1], { maxLength: 3 }),
  learn: fc.subarray([...CARD_THEMES_V1], { maxLength: 3 }),
});
const arbitraryCards = fc
  .uniqueArray(arbitraryCard, { selector: (spec) => spec.id, minLength: 1, maxLength: 25 })
  .map((specs) => specs.map((spec) => card(spec)));

describe('ranking properties', () => {
  it('never matches a collective with itself', () => {
    fc.assert(
      fc.property(arbitraryCards, (cards) => {
        for (const [id, themes] of matchAll(cards)) {
          for (const { matches } of themes) {
            expect(matches.every((match) => match.card.id !== id)).toBe(true);
          }
        }
      }),
    );
  });

  it('never ranks a stronger collective below a weaker one with the same similarity', () => {
    fc.assert(
      fc.property(arbitraryCards, fc.constantFrom(...CARD_THEMES_V1), (cards, theme) => {
        for (const learnerCard of cards) {
          const ranked = rankSharers(cards, learnerCard, theme);
          ranked.forEach((upper, index) => {
            for (const lower of ranked.slice(index + 1)) {
              const sameSimilarity =
                upper.distance === lower.distance && upper.samePlace === lower.samePlace;
              if (sameSimilarity)
                expect(upper.score ?? -1).toBeGreaterThanOrEqual(lower.score ?? -1);
            }
          });
        }
      }),
    );
  });

  it('ranks in a total order: the same cards in any order give the same ranking', () => {
    fc.assert(
      fc.property(arbitraryCards, fc.constantFrom(...CARD_THEMES_V1), (cards, theme) => {
        const learnerCard = cards[0] as ExchangeCard;
        const ids = (list: readonly ExchangeCard[]) =>
          rankSharers(list, learnerCard, theme).map((match) => match.card.id);
        expect(ids([...cards].reverse())).toEqual(ids(cards));
        const ranked = rankSharers(cards, learnerCard, theme);
        for (let index = 1; index < ranked.length; index += 1) {
          expect(compareMatches(ranked[index - 1] as never, ranked[index] as never)).toBeLessThan(
            0,
          );
        }
      }),
    );
  });

  it('lists exactly the collectives that can share', () => {
    fc.assert(
      fc.property(arbitraryCards, fc.constantFrom(...CARD_THEMES_V1), (cards, theme) => {
        const learnerCard = cards[0] as ExchangeCard;
        const listed = new Set(rankSharers(cards, learnerCard, theme).map((m) => m.card.id));
        for (const other of cards) {
          expect(listed.has(other.id)).toBe(other.id !== learnerCard.id && canShare(other, theme));
        }
      }),
    );
  });
});
