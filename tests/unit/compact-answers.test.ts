import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionnaire } from '@/content/questionnaire';
import {
  answeredCount,
  COMPACT_PATTERN,
  compactAnswersSchema,
  decodeAnswers,
  emptyCompactAnswers,
  encodeAnswers,
  optionChar,
} from '@/domain/compact-answers';
import {
  allQuestions,
  NON_SCORING_ANSWERS,
  optionsOf,
  type Questionnaire,
  questionnaireSchema,
} from '@/domain/questionnaire';
import { arbitraryAnswers } from '../helpers/answers';

const questions = allQuestions(questionnaire);

/** A questionnaire whose choice question has ten options, so every option character is used. */
const wide: Questionnaire = questionnaireSchema.parse({
  version: 'wide',
  agreementScale: questionnaire.agreementScale,
  areas: [
    {
      id: 'area',
      themes: [
        {
          id: 'theme',
          questions: [
            {
              kind: 'choice',
              id: 'theme.q1',
              options: Array.from({ length: 10 }, (_, index) => ({
                id: `option-${index}`,
                score: index / 9,
              })),
            },
            { kind: 'agreement', id: 'theme.q2', reverse: false },
            { kind: 'agreement', id: 'theme.q3', reverse: true },
            { kind: 'agreement', id: 'theme.q4', reverse: false },
          ],
        },
      ],
    },
  ],
});

/** Every character encodeAnswers writes for `source`: each answer to each question, and none. */
function charactersWritten(source: Questionnaire): Set<string> {
  const written = new Set<string>();
  for (const question of allQuestions(source)) {
    const ids = [...optionsOf(source, question).map((option) => option.id), ...NON_SCORING_ANSWERS];
    for (const answers of [{}, ...ids.map((id) => ({ [question.id]: id }))]) {
      for (const char of encodeAnswers(source, answers)) written.add(char);
    }
  }
  return written;
}

describe('compact answers', () => {
  it('round-trips any answers', () => {
    fc.assert(
      fc.property(arbitraryAnswers(), (answers) => {
        const text = encodeAnswers(questionnaire, answers);
        expect(text).toHaveLength(questions.length);
        expect(decodeAnswers(questionnaire, text)).toEqual({ ok: true, value: answers });
      }),
    );
  });

  it('round-trips every option of a ten-option question', () => {
    const [tenOptions] = allQuestions(wide);
    if (!tenOptions) throw new Error('the wide questionnaire has a first question');
    for (const option of optionsOf(wide, tenOptions)) {
      const answers = { 'theme.q1': option.id };
      expect(decodeAnswers(wide, encodeAnswers(wide, answers))).toEqual({
        ok: true,
        value: answers,
      });
    }
  });

  it.each([
    ['too short', '012', 'length'],
    ['one too short', '.'.repeat(questions.length - 1), 'length'],
    ['one too long', '.'.repeat(questions.length + 1), 'length'],
    ['empty', '', 'length'],
    ['an unknown character', 'x'.repeat(questions.length), 'character'],
    ['one unknown character among valid ones', `${'.'.repeat(questions.length - 1)}?`, 'character'],
    ['an upper-case D', `D${'.'.repeat(questions.length - 1)}`, 'character'],
    ['an option out of range', '9'.repeat(questions.length), 'character'],
  ])('refuses %s', (_label, text, reason) => {
    expect(decodeAnswers(questionnaire, text)).toEqual({ ok: false, error: reason });
  });

  it('can write every option of every question of the questionnaire (at most ten each)', () => {
    const unwritable = questions.flatMap((question) =>
      optionsOf(questionnaire, question).flatMap((option, index) =>
        optionChar(index) === null ? [`${question.id}: ${option.id}`] : [],
      ),
    );
    expect(unwritable).toEqual([]);
  });

  it('starts with nothing answered', () => {
    const empty = emptyCompactAnswers(questionnaire);
    expect(decodeAnswers(questionnaire, empty)).toEqual({ ok: true, value: {} });
    expect(answeredCount(empty)).toBe(0);
  });
});

describe('COMPACT_PATTERN', () => {
  const written = charactersWritten(wide);

  it('is written with digits for options, d, n, and . for unanswered', () => {
    expect([...written].sort()).toEqual([...'.0123456789dn'].sort());
  });

  it('accepts exactly the characters the codec writes', () => {
    const disagreements: string[] = [];
    for (let code = 0; code < 0x3000; code += 1) {
      const char = String.fromCharCode(code);
      if (COMPACT_PATTERN.test(char) !== written.has(char)) disagreements.push(char);
    }
    expect(disagreements).toEqual([]);
  });

  it('accepts a string exactly when every character is one the codec writes', () => {
    const mostlyCodec = fc.string({ unit: fc.constantFrom(...written, 'x', 'D', '\n', '-', ' ') });
    fc.assert(
      fc.property(fc.oneof(mostlyCodec, fc.string()), (text) => {
        expect(COMPACT_PATTERN.test(text)).toBe([...text].every((char) => written.has(char)));
      }),
    );
  });

  it('accepts whatever encodeAnswers writes, and the schema does too', () => {
    fc.assert(
      fc.property(arbitraryAnswers(), (answers) => {
        const text = encodeAnswers(questionnaire, answers);
        expect(COMPACT_PATTERN.test(text)).toBe(true);
        expect(compactAnswersSchema.safeParse(text).success).toBe(true);
      }),
    );
  });
});

describe('answeredCount', () => {
  it.each([
    ['', 0],
    ['....', 0],
    ['0...', 1],
    ['d.n.', 2],
    ['01234', 5],
  ])('%j has %i answered', (text, count) => {
    expect(answeredCount(text)).toBe(count);
  });

  it("counts every given answer, don't know and not applicable included", () => {
    fc.assert(
      fc.property(arbitraryAnswers(), (answers) => {
        expect(answeredCount(encodeAnswers(questionnaire, answers))).toBe(
          Object.keys(answers).length,
        );
      }),
    );
  });
});
