import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionnaire } from '@/content/questionnaire';
import { effectiveAnswers, profileExclusions } from '@/domain/applicability';
import { firstUnanswered, nextUnanswered, resumePoint } from '@/domain/open-statements';
import { allQuestions, allThemes } from '@/domain/questionnaire';
import { arbitraryAnswers } from '../helpers/answers';

/** Which statement the wizard sends the user to: "continue", a reload, the next after an answer. */
const questions = allQuestions(questionnaire);
const [firstTheme, secondTheme] = allThemes(questionnaire);
const ids = (theme: typeof firstTheme) => theme?.questions.map((question) => question.id) ?? [];
const answered = (list: (string | undefined)[], answer = 'agree') =>
  Object.fromEntries(list.map((id) => [id ?? '', answer]));

describe('the first unanswered statement', () => {
  it('is the first statement when nothing is answered', () => {
    expect(firstUnanswered(questions, {})).toBe(questions[0]?.id);
  });

  it('skips statements answered with "don\'t know" or "not applicable": those are answers', () => {
    const [a, b, c] = ids(firstTheme);
    expect(
      firstUnanswered(firstTheme?.questions ?? [], {
        [a ?? '']: 'dont-know',
        [b ?? '']: 'not-applicable',
      }),
    ).toBe(c);
  });

  it('finds a gap left earlier, not the statement after the last answer', () => {
    const [a, b, c, d] = ids(firstTheme);
    expect(firstUnanswered(firstTheme?.questions ?? [], answered([a, c, d]))).toBe(b);
  });

  it('is null when every statement has an answer', () => {
    expect(firstUnanswered(questions, answered(questions.map((q) => q.id)))).toBeNull();
  });

  it('never is a statement the profile rules out (it counts as not applicable)', () => {
    const exclusions = profileExclusions(questionnaire, { sectors: ['energy'] }, 2026);
    const ruledOut = new Set(exclusions.map((exclusion) => exclusion.questionId));
    expect(ruledOut.size).toBeGreaterThan(0);
    fc.assert(
      fc.property(arbitraryAnswers(), (answers) => {
        const first = firstUnanswered(questions, effectiveAnswers(answers, exclusions));
        expect(first === null || !ruledOut.has(first)).toBe(true);
      }),
    );
  });

  it('has no answer, and every statement before it has one', () => {
    fc.assert(
      fc.property(arbitraryAnswers(), (answers) => {
        const first = firstUnanswered(questions, answers);
        const index =
          first === null ? questions.length : questions.findIndex((q) => q.id === first);
        expect(first === null || answers[first] === undefined).toBe(true);
        for (const question of questions.slice(0, index)) {
          expect(answers[question.id]).toBeDefined();
        }
      }),
    );
  });
});

describe('the statement after an answer', () => {
  const theme = firstTheme?.questions ?? [];
  const [a, b, c, d] = ids(firstTheme).map(String);

  it('is the next open one after the answered statement', () => {
    expect(nextUnanswered(theme, answered([a, c]), a ?? '')).toBe(b);
    expect(nextUnanswered(theme, answered([a, b, c]), b ?? '')).toBe(d);
  });

  it('goes back to one skipped earlier when nothing after it is open', () => {
    const allButB = ids(firstTheme).filter((id) => id !== b);
    expect(nextUnanswered(theme, answered(allButB), ids(firstTheme).at(-1) ?? '')).toBe(b);
  });

  it('is null when the theme is complete', () => {
    expect(nextUnanswered(theme, answered(ids(firstTheme)), a ?? '')).toBeNull();
  });
});

describe('where "continue" picks the scan up', () => {
  it('is the first statement of the first theme on a fresh scan', () => {
    expect(resumePoint(questionnaire, {})).toEqual({
      themeId: firstTheme?.id,
      questionId: firstTheme?.questions[0]?.id,
      index: 0,
    });
  });

  it('is the first open statement of the first theme that has one', () => {
    const [, second, third] = ids(secondTheme);
    const answers = { ...answered(ids(firstTheme)), ...answered([ids(secondTheme)[0] ?? '']) };
    expect(resumePoint(questionnaire, answers)).toEqual({
      themeId: secondTheme?.id,
      questionId: second,
      index: 1,
    });
    expect(resumePoint(questionnaire, { ...answers, [second ?? '']: 'dont-know' })).toEqual({
      themeId: secondTheme?.id,
      questionId: third,
      index: 2,
    });
  });

  it('is the same statement as the first unanswered of the whole scan', () => {
    fc.assert(
      fc.property(arbitraryAnswers(), (answers) => {
        expect(resumePoint(questionnaire, answers)?.questionId ?? null).toBe(
          firstUnanswered(questions, answers),
        );
      }),
    );
  });

  it('is null when the scan is complete', () => {
    expect(resumePoint(questionnaire, answered(questions.map((q) => q.id)))).toBeNull();
  });
});
