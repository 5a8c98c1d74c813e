import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionnaire } from '@/content/questionnaire';
import { encodeAnswers } from '@/domain/compact-answers';
import {
  allAnswerCounts,
  answerCounts,
  emptyThemeStats,
  groupFigures,
  groupThemeStats,
  respondentRows,
  tallyFigures,
  tallyThemeStats,
  themeScoresOfRespondents,
} from '@/domain/group';
import { allQuestions, layoutOf, optionsOf } from '@/domain/questionnaire';
import { arbitraryAnswers } from '../helpers/answers';

const layout = layoutOf(questionnaire);
const questions = allQuestions(questionnaire);
/** A group of 0–12 respondents with any answers, as compact strings. */
const arbitraryGroup = () =>
  fc.array(
    arbitraryAnswers().map((answers) => encodeAnswers(layout, answers)),
    { maxLength: 12 },
  );

describe('a group worked out in one pass (in a worker for a large group)', () => {
  it('has the same theme statistics as groupThemeStats', () => {
    fc.assert(
      fc.property(arbitraryGroup(), (group) => {
        expect(groupFigures(questionnaire, group).stats).toEqual(
          groupThemeStats(questionnaire, group),
        );
      }),
      { numRuns: 60 },
    );
  });

  it("has each respondent's theme scores, as themeScoresOfRespondents gives them", () => {
    fc.assert(
      fc.property(arbitraryGroup(), (group) => {
        const figures = groupFigures(questionnaire, group);
        expect(figures.themeCount).toBe(12);
        expect(respondentRows(figures.scores, figures.themeCount)).toEqual(
          themeScoresOfRespondents(questionnaire, group).scores,
        );
      }),
      { numRuns: 60 },
    );
  });

  it("counts every statement's answers as answerCounts does, don't know and not applicable too", () => {
    fc.assert(
      fc.property(arbitraryGroup(), (group) => {
        const counts = groupFigures(questionnaire, group).counts;
        for (const question of questions) {
          expect(counts[question.id]).toEqual(
            answerCounts(questionnaire, group, question.id).counts,
          );
        }
      }),
      { numRuns: 40 },
    );
  });

  it('skips characters that are no answer and answers past the end, as answerCounts does', () => {
    const first = questions[0];
    if (!first) throw new Error('no statements');
    const group = ['x', `3${'.'.repeat(questions.length + 4)}9`, 'd', 'n', '.'];
    expect(allAnswerCounts(questionnaire, group)[first.id]).toEqual(
      answerCounts(questionnaire, group, first.id).counts,
    );
    expect(allAnswerCounts(questionnaire, group)[first.id]).toEqual({
      [optionsOf(questionnaire, first)[3]?.id ?? 'missing']: 1,
      'dont-know': 1,
      'not-applicable': 1,
    });
  });

  it('has no figures for no respondents, and stays the same for a group of 2,000 taken in any order', () => {
    const none = groupFigures(questionnaire, []);
    expect(none.stats.every((theme) => theme.summary === null)).toBe(true);
    expect(none.scores).toHaveLength(0);
    const group = fc.sample(arbitraryAnswers(), { numRuns: 2000, seed: 13 });
    const encoded = group.map((answers) => encodeAnswers(layout, answers));
    const figures = groupFigures(questionnaire, encoded);
    expect(figures.scores).toHaveLength(2000 * 12);
    expect(groupFigures(questionnaire, [...encoded].reverse()).stats).toEqual(figures.stats);
    expect(figures.stats.map((theme) => theme.summary?.n)).toEqual(
      groupThemeStats(questionnaire, encoded).map((theme) => theme.summary?.n),
    );
  });
});

describe('a tally, and a group whose figures are still being worked out', () => {
  it("gives a tally's statistics, and its votes as the answer counts", () => {
    const first = questions[0]?.id ?? '';
    const tally = { [first]: { 'dont-know': 2 } };
    const figures = tallyFigures(questionnaire, tally);
    expect(figures.stats).toEqual(tallyThemeStats(questionnaire, tally));
    expect(figures.counts).toBe(tally);
  });

  it('lists every theme in order, each without a summary', () => {
    const empty = emptyThemeStats(questionnaire);
    expect(empty.map((theme) => theme.themeId)).toEqual(
      groupThemeStats(questionnaire, []).map((theme) => theme.themeId),
    );
    expect(empty.every((theme) => theme.summary === null && !theme.disagree)).toBe(true);
  });
});
