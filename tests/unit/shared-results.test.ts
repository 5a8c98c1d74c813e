import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentLayout, editions } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { encodeAnswers } from '@/domain/compact-answers';
import { roundScore } from '@/domain/math';
import { type ScanScores, scoreAssessment } from '@/domain/scoring';
import {
  makeSharedResults,
  parseSharedResults,
  type SharedResults,
  scoresFromShared,
} from '@/domain/shared-results';
import { arbitraryAnswers, makeAnswers } from '../helpers/answers';

const profile = { name: 'Buurtkracht', members: 400 };
const sharedAt = '2026-11-27T10:00:00.000Z';
/** Answers with scores that need rounding (thirds, and the ladder's sevenths). */
const answers = makeAnswers((_theme, index) => [4, 2, 1][index % 3] ?? 0);
const scores = scoreAssessment(questionnaire, answers);

const share = (withAnswers?: string) =>
  makeSharedResults({
    scores,
    profile,
    questionnaireVersion: questionnaire.version,
    sharedAt,
    ...(withAnswers === undefined ? {} : { answers: withAnswers }),
  });
const knownEditions = Object.keys(editions.layouts);
const roundTrip = (payload: unknown) => parseSharedResults(JSON.stringify(payload), knownEditions);

/**
 * The scores as the screens draw them from a link: rounded. A link carries per theme only the
 * score, the counted answers and the statements, so "don't know" and "not applicable" cannot be
 * told apart from unanswered there (those fields are left out of the comparison).
 */
type Drawn = Omit<ScanScores['themes'][number], 'excluded' | 'applicable'>;
const asShared = (original: ScanScores) => {
  const theme = ({ excluded: _e, applicable: _a, ...t }: ScanScores['themes'][number]): Drawn => ({
    ...t,
    score: roundScore(t.score),
  });
  return {
    overall: roundScore(original.overall),
    areas: original.areas.map((area) => ({
      areaId: area.areaId,
      score: roundScore(area.score),
      themes: area.themes.map(theme),
    })),
    themes: original.themes.map(theme),
  };
};
/** Drawn scores without the fields a link cannot carry. */
const drawn = (scores: ScanScores) => ({
  overall: scores.overall,
  areas: scores.areas.map((area) => ({
    ...area,
    themes: area.themes.map(({ excluded: _e, applicable: _a, ...t }): Drawn => t),
  })),
  themes: scores.themes.map(({ excluded: _e, applicable: _a, ...t }): Drawn => t),
});

describe('shared results', () => {
  it('a link of the results reads back exactly what was made, with whole scores', () => {
    const made = share();
    expect(roundTrip(made)).toEqual({ ok: true, value: made });
    expect(made.overall).toBe(roundScore(scores.overall));
    const sharedScores = [
      made.overall,
      ...Object.values(made.areas),
      ...Object.values(made.themes).map(([score]) => score),
    ];
    expect(sharedScores.some((score) => score !== null)).toBe(true);
    for (const score of sharedScores)
      if (score !== null) expect(Number.isInteger(score)).toBe(true);
    // The exact scores needed rounding: the link does not carry more than the screen shows.
    expect(Number.isInteger(scores.overall)).toBe(false);
  });

  it('carries the answers only when the user chose to share them', () => {
    expect(share()).not.toHaveProperty('answers');
    expect(share('')).not.toHaveProperty('answers');
    const text = encodeAnswers(currentLayout, answers);
    const withAnswers = share(text);
    expect(withAnswers.answers).toBe(text);
    expect(roundTrip(withAnswers)).toEqual({ ok: true, value: withAnswers });
  });

  it('round-trips the results of any scan, and the screens draw the rounded scores', () => {
    fc.assert(
      fc.property(arbitraryAnswers(), (given) => {
        const original = scoreAssessment(questionnaire, given);
        const made = makeSharedResults({
          scores: original,
          profile: {},
          questionnaireVersion: questionnaire.version,
          sharedAt,
        });
        const read = roundTrip(made);
        if (!read.ok) throw new Error(`refused: ${read.error}`);
        expect(drawn(scoresFromShared(questionnaire, read.value))).toEqual(asShared(original));
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['nothing', null, 'corrupt'],
    ['an empty link', '', 'corrupt'],
    ['text that is not JSON', 'results of Buurtkracht', 'corrupt'],
    [
      'another format',
      JSON.stringify({ ...share(), format: 'collective-scan-answers' }),
      'unknownFormat',
    ],
    ['a newer version', JSON.stringify({ ...share(), version: 3 }), 'newerVersion'],
    [
      'another questionnaire',
      JSON.stringify({ ...share(), questionnaireVersion: '0' }),
      'otherQuestionnaire',
    ],
    ['an overall score over 100', JSON.stringify({ ...share(), overall: 101 }), 'corrupt'],
    [
      'a negative area score',
      JSON.stringify({ ...share(), areas: { 'internal-operation': -1 } }),
      'corrupt',
    ],
    [
      'a theme score over 100',
      JSON.stringify({ ...share(), themes: { leadership: [150, 5, 5] } }),
      'corrupt',
    ],
    [
      'answers with unknown characters',
      JSON.stringify({ ...share(), answers: '<img>' }),
      'character',
    ],
    ['a share date that is no date', JSON.stringify({ ...share(), sharedAt: 'soon' }), 'date'],
    [
      'a share date of 31 April',
      JSON.stringify({ ...share(), sharedAt: '2026-04-31T10:00:00.000Z' }),
      'date',
    ],
    [
      'a theme with a negative number of counted answers',
      JSON.stringify({ ...share(), themes: { leadership: [50, -1, 5] } }),
      'corrupt',
    ],
    ['no profile', JSON.stringify({ ...share(), profile: undefined }), 'corrupt'],
  ])('refuses %s', (_label, text, error) => {
    expect(parseSharedResults(text, knownEditions)).toEqual({ ok: false, error });
  });

  it.each([
    ['none', '', 'length'],
    ['too few', '0'.repeat(10), 'length'],
    ['too many', '0'.repeat(500), 'length'],
  ])(
    'refuses answers sent along that are not one per statement of their edition (%s)',
    (_label, answers, error) => {
      const text = JSON.stringify({ ...share(), answers });
      expect(parseSharedResults(text, knownEditions, editions.layouts)).toEqual({
        ok: false,
        error,
      });
    },
  );

  it('accepts answers sent along that fit their edition to the last character', () => {
    const text = encodeAnswers(currentLayout, answers);
    expect(
      parseSharedResults(JSON.stringify(share(text)), knownEditions, editions.layouts),
    ).toEqual({
      ok: true,
      value: share(text),
    });
  });

  it('opens a link of any edition the app knows, and only those', () => {
    const ofEdition1 = JSON.stringify({ ...share(), questionnaireVersion: '1' });
    expect(parseSharedResults(ofEdition1, knownEditions)).toMatchObject({
      ok: true,
      value: { questionnaireVersion: '1' },
    });
    expect(parseSharedResults(ofEdition1, ['2'])).toEqual({
      ok: false,
      error: 'otherQuestionnaire',
    });
  });

  it('carries a thin theme as "too few answers", not as a score', () => {
    const thinAnswers = { 'leadership.q7': 'not-true' };
    const made = makeSharedResults({
      scores: scoreAssessment(questionnaire, thinAnswers),
      profile: {},
      questionnaireVersion: questionnaire.version,
      sharedAt,
    });
    expect(made.themes.leadership).toEqual([null, 1, 6]);
    expect(made.areas['internal-operation']).toBeNull();
    expect(made.overall).toBeNull();
  });
});

describe('scoresFromShared', () => {
  it('gives the shape the screens draw: every area and theme in questionnaire order', () => {
    const read = roundTrip(share());
    if (!read.ok) throw new Error(`refused: ${read.error}`);
    expect(drawn(scoresFromShared(questionnaire, read.value))).toEqual(asShared(scores));
  });

  it('gives a theme or area missing from the link no score, and counts nothing for it', () => {
    const made = share();
    const { leadership: _theme, ...themes } = made.themes;
    const firstArea = questionnaire.areas[0]?.id ?? '';
    const { [firstArea]: _area, ...areas } = made.areas;
    const thin: SharedResults = { ...made, themes, areas };
    const read = scoresFromShared(questionnaire, thin);
    expect(read.themes.find((theme) => theme.themeId === 'leadership')).toMatchObject({
      themeId: 'leadership',
      areaId: firstArea,
      score: null,
      counted: 0,
      total: 6,
    });
    expect(read.areas[0]?.score).toBeNull();
    expect(read.themes).toHaveLength(scores.themes.length);
  });
});
