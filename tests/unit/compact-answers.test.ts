import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionnaire } from '@/content/questionnaire';
import {
  answeredCount,
  answerOfChar,
  COMPACT_PATTERN,
  compactAnswersSchema,
  decodeAnswers,
  emptyCompactAnswers,
  encodeAnswers,
  optionChar,
  upgradeCompact,
} from '@/domain/compact-answers';
import type { Editions } from '@/domain/editions';
import {
  allQuestions,
  type Layout,
  layoutOf,
  NON_SCORING_ANSWERS,
  optionsOf,
} from '@/domain/questionnaire';
import { type Questionnaire, questionnaireSchema } from '@/domain/questionnaire-schema';
import { arbitraryAnswers } from '../helpers/answers';
import { smallQuestionnaire } from '../helpers/small-questionnaire';

const questions = allQuestions(questionnaire);
const layout = layoutOf(questionnaire);

/** A questionnaire whose choice question has ten options, so every option character is used. */
const wideQuestionnaire: Questionnaire = questionnaireSchema.parse({
  version: 'wide',
  scales: questionnaire.scales,
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
            { kind: 'scale', id: 'theme.q2', scale: 'agreement', reverse: false },
            { kind: 'scale', id: 'theme.q3', scale: 'truth', reverse: true },
            { kind: 'scale', id: 'theme.q4', scale: 'frequency', reverse: false },
          ],
        },
      ],
    },
  ],
});
const wide = layoutOf(wideQuestionnaire);

/** Every character encodeAnswers writes for `source`: each answer to each question, and none. */
function charactersWritten(source: Layout): Set<string> {
  const written = new Set<string>();
  for (const question of source.questions) {
    const ids = [...question.options, ...NON_SCORING_ANSWERS];
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
        const text = encodeAnswers(layout, answers);
        expect(text).toHaveLength(questions.length);
        expect(decodeAnswers(layout, text)).toEqual({ ok: true, value: answers });
      }),
    );
  });

  it('round-trips every option of a ten-option question', () => {
    const [tenOptions] = wide.questions;
    if (!tenOptions) throw new Error('the wide questionnaire has a first question');
    expect(tenOptions.options).toHaveLength(10);
    for (const option of tenOptions.options) {
      const answers = { 'theme.q1': option };
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
    expect(decodeAnswers(layout, text)).toEqual({ ok: false, error: reason });
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
    const empty = emptyCompactAnswers(layout);
    expect(decodeAnswers(layout, empty)).toEqual({ ok: true, value: {} });
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
        const text = encodeAnswers(layout, answers);
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
        expect(answeredCount(encodeAnswers(layout, answers))).toBe(Object.keys(answers).length);
      }),
    );
  });
});

describe('answerOfChar', () => {
  const options = ['low', 'mid', 'top'];

  it.each([
    ['0', 'low'],
    ['2', 'top'],
    ['d', 'dont-know'],
    ['n', 'not-applicable'],
    ['.', null],
    ['3', undefined],
    ['x', undefined],
    [undefined, undefined],
  ] as const)('reads %j as %j', (char, answer) => {
    expect(answerOfChar(options, char)).toBe(answer);
  });
});

describe('reading the compact answers of an earlier edition', () => {
  const AGREEMENT = ['strongly-disagree', 'disagree', 'neutral', 'agree', 'strongly-agree'];
  /** An older edition of the small questionnaire: another order, a removed statement, and
   * `two.q1` still on the agreement scale (today it is on the truth scale). */
  const old: Layout = {
    version: 'old',
    questions: [
      { id: 'one.q2', options: AGREEMENT },
      { id: 'gone.q1', options: AGREEMENT },
      { id: 'one.q1', options: AGREEMENT },
      { id: 'two.q1', options: AGREEMENT },
    ],
  };
  const today = layoutOf(smallQuestionnaire);
  const small: Editions = {
    questionnaire: smallQuestionnaire,
    layouts: { old, [today.version]: today },
  };

  it('decodes with the layout that wrote it, so by id, never by position', () => {
    expect(decodeAnswers(old, '4d13')).toEqual({
      ok: true,
      value: {
        'one.q2': 'strongly-agree',
        'gone.q1': 'dont-know',
        'one.q1': 'disagree',
        'two.q1': 'agree',
      },
    });
  });

  it("keeps answers to statements that still exist in today's order, and returns the others", () => {
    const upgraded = upgradeCompact(small, 'old', '4d13');
    expect(upgraded).toEqual({
      ok: true,
      value: {
        // one.q1 = disagree, one.q2 = strongly agree; everything else open.
        encoded: `14${'.'.repeat(today.questions.length - 2)}`,
        // A removed statement, and an answer the statement's new scale no longer offers.
        dropped: { 'gone.q1': 'dont-know', 'two.q1': 'agree' },
      },
    });
    if (upgraded.ok) {
      expect(decodeAnswers(today, upgraded.value.encoded)).toEqual({
        ok: true,
        value: { 'one.q1': 'disagree', 'one.q2': 'strongly-agree' },
      });
    }
  });

  it("leaves answers of today's edition as they are", () => {
    fc.assert(
      fc.property(arbitraryAnswers({ questionnaire: smallQuestionnaire }), (answers) => {
        const encoded = encodeAnswers(today, answers);
        expect(upgradeCompact(small, today.version, encoded)).toEqual({
          ok: true,
          value: { encoded, dropped: {} },
        });
      }),
    );
  });

  it.each([
    ['an edition it does not know', 'nine', '4d13', 'unknownEdition'],
    ['the wrong length for its edition', 'old', '4d1', 'length'],
    ['a character its edition cannot hold', 'old', '4d19', 'character'],
  ])('refuses %s', (_label, version, encoded, error) => {
    expect(upgradeCompact(small, version, encoded)).toEqual({ ok: false, error });
  });
});
