import { describe, expect, it } from 'vitest';
import { adviceRules, conversationQuestions } from '@/content/advice';
import { methodSections, methodSources } from '@/content/method';
import { questionnaire } from '@/content/questionnaire';
import { adviceRulesSchema, pickAdvice } from '@/domain/advice';
import {
  allQuestions,
  allThemes,
  NON_SCORING_ANSWERS,
  questionnaireSchema,
} from '@/domain/questionnaire';
import { LANGUAGE_CODES } from '@/domain/settings';
import { lookup, resources } from '../helpers/locales';

const languages = LANGUAGE_CODES;
const text = (language: string, namespace: string, key: string) =>
  lookup(resources[language]?.[namespace], key);

describe('questionnaire content', () => {
  it('parses against the schema', () => {
    expect(questionnaireSchema.safeParse(questionnaire).success).toBe(true);
  });

  it('has the three areas with four themes each, and every theme 4–5 statements', () => {
    expect(questionnaire.areas.map((area) => area.themes.length)).toEqual([4, 4, 4]);
    for (const theme of allThemes(questionnaire)) {
      expect(theme.questions.length, theme.id).toBeGreaterThanOrEqual(4);
      expect(theme.questions.length, theme.id).toBeLessThanOrEqual(5);
    }
    expect(allQuestions(questionnaire).length).toBeGreaterThanOrEqual(48);
  });

  it('has unique question ids that start with their theme id', () => {
    const ids = allQuestions(questionnaire).map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const theme of allThemes(questionnaire)) {
      for (const question of theme.questions)
        expect(question.id.startsWith(`${theme.id}.`)).toBe(true);
    }
  });

  it("asks Arnstein's ladder in the sham participation theme, scored by rung", () => {
    const theme = allThemes(questionnaire).find(
      (candidate) => candidate.id === 'sham-participation',
    );
    const ladder = theme?.questions.find((question) => question.kind === 'choice');
    expect(ladder?.kind).toBe('choice');
    if (ladder?.kind !== 'choice') return;
    expect(ladder.options).toHaveLength(8);
    const scores = ladder.options.map((option) => option.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(scores[0]).toBe(0);
    expect(scores[7]).toBe(1);
  });

  it.each(languages)('has title, intro and text and help for every id in %s', (language) => {
    for (const area of questionnaire.areas) {
      expect(text(language, 'questionnaire', `areas.${area.id}.title`), area.id).toEqual(
        expect.any(String),
      );
      for (const theme of area.themes) {
        for (const field of ['title', 'short', 'intro']) {
          expect(
            text(language, 'questionnaire', `themes.${theme.id}.${field}`),
            `${theme.id}.${field}`,
          ).toEqual(expect.any(String));
        }
        for (const question of theme.questions) {
          const key = `questions.${question.id}`;
          expect(text(language, 'questionnaire', `${key}.text`), key).toEqual(expect.any(String));
          expect(text(language, 'questionnaire', `${key}.help`), key).toEqual(expect.any(String));
          if (question.kind === 'choice') {
            for (const option of question.options) {
              const optionKey = `options.${question.id}.${option.id}`;
              expect(text(language, 'questionnaire', optionKey), optionKey).toEqual(
                expect.any(String),
              );
            }
          }
        }
      }
    }
    for (const option of [
      ...questionnaire.agreementScale.map((o) => o.id),
      ...NON_SCORING_ANSWERS,
    ]) {
      expect(text(language, 'questionnaire', `scale.${option}`), option).toEqual(
        expect.any(String),
      );
    }
  });
});

describe('advice content', () => {
  it('parses against the schema', () => {
    expect(adviceRulesSchema.safeParse(adviceRules).success).toBe(true);
  });

  it('gives 2–4 steps for every theme, level and size', () => {
    for (const theme of allThemes(questionnaire)) {
      for (const score of [10, 55, 90]) {
        for (const size of ['small', 'large'] as const) {
          const advice = pickAdvice(adviceRules, theme.id, score, { size });
          expect(advice, `${theme.id} ${score} ${size}`).not.toBeNull();
          expect(advice?.stepKeys.length).toBeGreaterThanOrEqual(2);
          expect(advice?.stepKeys.length).toBeLessThanOrEqual(4);
        }
      }
    }
  });

  it('differs by size for professionalisation, leadership and upscaling', () => {
    for (const themeId of ['professionalisation', 'leadership', 'upscaling']) {
      for (const score of [10, 55, 90]) {
        expect(pickAdvice(adviceRules, themeId, score, { size: 'small' })?.stepKeys).not.toEqual(
          pickAdvice(adviceRules, themeId, score, { size: 'large' })?.stepKeys,
        );
      }
    }
  });

  it.each(languages)('has text for every step, learn-more and talk question in %s', (language) => {
    for (const rule of adviceRules) {
      for (const step of rule.steps) {
        const key = `${rule.themeId}.${rule.level}.${rule.size}.${step}`;
        expect(text(language, 'advice', key), key).toEqual(expect.any(String));
      }
    }
    for (const theme of allThemes(questionnaire)) {
      expect(text(language, 'advice', `${theme.id}.learnMore`), theme.id).toEqual(
        expect.any(String),
      );
      for (const question of conversationQuestions[theme.id] ?? []) {
        expect(text(language, 'advice', `${theme.id}.talk.${question}`)).toEqual(
          expect.any(String),
        );
      }
    }
  });

  it('advice text names no web addresses', () => {
    const all = JSON.stringify(resources.en?.advice) + JSON.stringify(resources.nl?.advice);
    expect(all).not.toMatch(/https?:|www\./);
  });
});

describe('method content', () => {
  it.each(languages)('has text for every section, paragraph and source in %s', (language) => {
    for (const section of methodSections) {
      expect(text(language, 'method', `sections.${section.id}.title`)).toEqual(expect.any(String));
      for (const paragraph of section.paragraphs) {
        expect(text(language, 'method', `sections.${section.id}.${paragraph}`)).toEqual(
          expect.any(String),
        );
      }
    }
    for (const source of methodSources) {
      expect(text(language, 'method', `sources.${source}`), source).toEqual(expect.any(String));
    }
  });
});
