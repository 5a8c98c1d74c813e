import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionnaire } from '@/content/questionnaire';
import { changeLabel, compareSnapshots, scoresForSnapshot, snapshotSchema } from '@/domain/records';
import { scoreAssessment } from '@/domain/scoring';
import { arbitraryAnswers } from '../helpers/answers';

describe('compareSnapshots', () => {
  it('gives the change per theme, and none where a snapshot has no score', () => {
    expect(
      compareSnapshots(
        ['leadership', 'upscaling', 'recognition'],
        { themeScores: { leadership: 40, upscaling: 70, recognition: null } },
        { themeScores: { leadership: 55, upscaling: 62, recognition: 80 } },
      ),
    ).toEqual([
      { themeId: 'leadership', before: 40, after: 55, change: 15 },
      { themeId: 'upscaling', before: 70, after: 62, change: -8 },
      { themeId: 'recognition', before: null, after: 80, change: null },
    ]);
  });

  it('treats a theme missing from a snapshot as having no score', () => {
    expect(
      compareSnapshots(['leadership'], { themeScores: {} }, { themeScores: { leadership: 30 } }),
    ).toEqual([{ themeId: 'leadership', before: null, after: 30, change: null }]);
  });
});

describe('changeLabel', () => {
  it.each([
    ['a rise: arrow up and a plus sign', 40, 52, '▲ +12'],
    ['a fall: arrow down and a minus sign', 70, 65, '▼ −5'],
    ['no change', 50, 50, '= 0'],
    ['a score that appeared', null, 65, '– → 65'],
    ['a score that went away', 65, null, '65 → –'],
    ['no score either time', null, null, '–'],
  ])('writes %s', (_label, before, after, label) => {
    const [change] = compareSnapshots(
      ['leadership'],
      { themeScores: { leadership: before } },
      { themeScores: { leadership: after } },
    );
    expect(change && changeLabel(change)).toBe(label);
  });
});

describe('scoresForSnapshot', () => {
  it('keeps the rounded scores by area and theme id, and no score where there was none', () => {
    expect(
      scoresForSnapshot({
        overall: 62.5,
        areas: [
          { areaId: 'a', score: 49.5, themes: [] },
          { areaId: 'b', score: null, themes: [] },
        ],
        themes: [
          { themeId: 'one', score: 0.4 },
          { themeId: 'two', score: 99.5 },
          { themeId: 'three', score: null },
        ],
      }),
    ).toEqual({
      overall: 63,
      areaScores: { a: 50, b: null },
      themeScores: { one: 0, two: 100, three: null },
    });
  });

  it('keeps whole scores of any scan, keyed by every theme and area, as a valid snapshot', () => {
    fc.assert(
      fc.property(arbitraryAnswers(), (answers) => {
        const scores = scoreAssessment(questionnaire, answers);
        const kept = scoresForSnapshot(scores);
        expect(Object.keys(kept.themeScores)).toEqual(scores.themes.map((theme) => theme.themeId));
        expect(Object.keys(kept.areaScores)).toEqual(scores.areas.map((area) => area.areaId));
        const values = [
          kept.overall,
          ...Object.values(kept.areaScores),
          ...Object.values(kept.themeScores),
        ];
        for (const value of values) if (value !== null) expect(Number.isInteger(value)).toBe(true);
        const snapshot = {
          id: 's1',
          name: 'Spring',
          createdAt: '2026-04-01T10:00:00.000Z',
          kind: 'individual',
          ...kept,
        };
        expect(snapshotSchema.safeParse(snapshot).success).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
