import { describe, expect, it } from 'vitest';
import { advice } from '@/content/advice';
import { methodSections, methodSources } from '@/content/method';
import { questionnaire } from '@/content/questionnaire';
import { adviceContentSchema, type ProfileFacts, pickAdvice } from '@/domain/advice';
import { LANGUAGE_CODES } from '@/domain/languages';
import type { Level } from '@/domain/levels';
import { allQuestions, allThemes, NON_SCORING_ANSWERS, optionsOf } from '@/domain/questionnaire';
import { questionnaireSchema, SCALE_NAMES } from '@/domain/questionnaire-schema';
import {
  answerKey,
  areaKey,
  bandKey,
  conversationKey,
  learnMoreKey,
  methodSectionKey,
  methodSourceKey,
  notApplicableKey,
  profileStepKey,
  questionKey,
  themeKey,
} from '@/lib/i18n-keys';
import { lookup, resources } from '../helpers/locales';

/**
 * The questionnaire and advice are data a researcher signs and a board acts on: these tests
 * hold them to the rules of the second edition (issue 9), in every language.
 */
const text = (language: string, namespace: string, key: string) =>
  lookup(resources[language]?.[namespace], key);
const themes = allThemes(questionnaire);
const questions = allQuestions(questionnaire);
const LEVELS: Level[] = ['low', 'middle', 'high'];
const PROFILES: ProfileFacts[] = (['small', 'large'] as const).flatMap((size) =>
  (['none', 'some'] as const).map((staff) => ({ size, staff, noLegalForm: false })),
);
const SCORE_OF: Record<Level, number> = { low: 20, middle: 55, high: 85 };

describe('questionnaire content', () => {
  it('parses against the schema: every statement declares a scale that exists', () => {
    expect(questionnaireSchema.safeParse(questionnaire).success).toBe(true);
    for (const question of questions) {
      if (question.kind === 'scale') expect(SCALE_NAMES, question.id).toContain(question.scale);
    }
    // The schema is what makes a missing scale fail.
    const broken = structuredClone(questionnaire) as {
      areas: { themes: { questions: object[] }[] }[];
    };
    const first = broken.areas[0]?.themes[0]?.questions[0] as Record<string, unknown>;
    delete first.scale;
    expect(questionnaireSchema.safeParse(broken).success).toBe(false);
  });

  it('has the three areas with four themes each, and every theme 4–7 statements', () => {
    expect(questionnaire.areas.map((area) => area.themes.length)).toEqual([4, 4, 4]);
    for (const theme of themes) {
      expect(theme.questions.length, theme.id).toBeGreaterThanOrEqual(4);
      expect(theme.questions.length, theme.id).toBeLessThanOrEqual(7);
    }
  });

  it('has unique question ids that start with their theme id', () => {
    const ids = questions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const theme of themes) {
      for (const question of theme.questions)
        expect(question.id.startsWith(`${theme.id}.`)).toBe(true);
    }
  });

  it('uses every scale, and at most one reverse-worded statement per theme', () => {
    const used = new Set(
      questions.map((question) => (question.kind === 'scale' ? question.scale : 'choice')),
    );
    for (const scale of SCALE_NAMES) expect(used, scale).toContain(scale);
    for (const theme of themes) {
      const reverse = theme.questions.filter(
        (question) => question.kind === 'scale' && question.reverse,
      );
      expect(reverse.length, theme.id).toBeLessThanOrEqual(1);
    }
  });

  it("asks Arnstein's ladder in the participation theme, scored by rung", () => {
    const ladder = questions.find((question) => question.kind === 'choice');
    expect(ladder?.id).toBe('sham-participation.q5');
    if (ladder?.kind !== 'choice') throw new Error('The ladder is a choice question');
    const scores = ladder.options.map((option) => option.score);
    expect(scores).toHaveLength(8);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect([scores[0], scores[7]]).toEqual([0, 1]);
  });

  it.each(LANGUAGE_CODES)('has every text for every id in %s', (language) => {
    const has = (key: string) =>
      expect(text(language, 'questionnaire', key), key).toEqual(expect.any(String));
    for (const area of questionnaire.areas) has(areaKey(area.id, 'title'));
    for (const theme of themes) {
      for (const part of ['title', 'short', 'intro', 'research'] as const)
        has(themeKey(theme.id, part));
    }
    for (const question of questions) {
      has(questionKey(question.id, 'text'));
      has(questionKey(question.id, 'help'));
      for (const option of optionsOf(questionnaire, question)) has(answerKey(question, option.id));
      for (const answer of NON_SCORING_ANSWERS) has(answerKey(question, answer));
      if (question.appliesWhen) has(notApplicableKey(question.appliesWhen));
    }
    for (const level of LEVELS) has(bandKey(level));
    has('score.higherIsStronger');
    has('score.tooFewAnswers');
  });

  it.each(LANGUAGE_CODES)(
    'names every theme by its strong end in %s, short enough for a radar',
    (language) => {
      for (const theme of themes) {
        const title = text(language, 'questionnaire', themeKey(theme.id, 'title'));
        const short = String(text(language, 'questionnaire', themeKey(theme.id, 'short')));
        const research = text(language, 'questionnaire', themeKey(theme.id, 'research'));
        expect(title, theme.id).not.toBe(research);
        expect(short.length, `${theme.id}: ${short}`).toBeLessThanOrEqual(16);
      }
      // The research's problem words never name a theme on a chart or table.
      const labels = themes.flatMap((theme) => [
        String(text(language, 'questionnaire', themeKey(theme.id, 'title'))),
        String(text(language, 'questionnaire', themeKey(theme.id, 'short'))),
      ]);
      for (const label of labels) expect(label).not.toMatch(/sham|obstruct|schijn|belemmer/i);
    },
  );

  it.each(LANGUAGE_CODES)(
    'gives no statement a hint at the answer that scores in %s',
    (language) => {
      // "Disagreeing is good here", "a high score means …": gone, above all from reverse items.
      const hint =
        language === 'nl'
          ? /\boneens\b|\bmee eens\b|hoge score|lage score|goed teken|slecht teken/i
          : /\b(dis)?agree(ing)?\b|high score|low score|good sign|bad sign|scores? (well|high|low)/i;
      for (const question of questions) {
        const help = String(text(language, 'questionnaire', questionKey(question.id, 'help')));
        expect(help, question.id).not.toMatch(hint);
      }
    },
  );
});

describe('advice content', () => {
  it('parses against the schema', () => {
    expect(adviceContentSchema.safeParse(advice).success).toBe(true);
  });

  it('selects exactly one rule with 2–4 steps for every theme, level and profile', () => {
    for (const theme of themes) {
      for (const level of LEVELS) {
        for (const facts of PROFILES) {
          const fitting = advice.rules.filter(
            (rule) =>
              rule.themeId === theme.id &&
              rule.level === level &&
              (rule.when.size ?? facts.size) === facts.size &&
              (rule.when.staff ?? facts.staff) === facts.staff,
          );
          const most = Math.max(...fitting.map((rule) => Object.keys(rule.when).length));
          const chosen = fitting.filter((rule) => Object.keys(rule.when).length === most);
          expect(chosen, `${theme.id} ${level} ${JSON.stringify(facts)}`).toHaveLength(1);
          const picked = pickAdvice(advice, theme.id, SCORE_OF[level], facts);
          expect(picked?.steps.length).toBeGreaterThanOrEqual(2);
          expect(picked?.steps.length).toBeLessThanOrEqual(4);
        }
      }
    }
  });

  it('has no advice variant that no profile can ever select', () => {
    for (const rule of advice.rules) {
      const selectedBySomeone = PROFILES.some((facts) => {
        const picked = pickAdvice(advice, rule.themeId, SCORE_OF[rule.level], facts);
        return (
          picked !== null &&
          JSON.stringify(picked.steps.map((step) => step.id).sort()) ===
            JSON.stringify([...rule.steps].sort()) &&
          picked.tunedBy.length === Object.keys(rule.when).length
        );
      });
      expect(selectedBySomeone, JSON.stringify(rule)).toBe(true);
    }
  });

  it('points each step at statements of its own theme', () => {
    const ids = new Set(questions.map((question) => question.id));
    for (const [step, targets] of Object.entries(advice.targets)) {
      const themeId = step.split('.')[0] ?? '';
      for (const target of targets) {
        expect(ids.has(target), `${step} → ${target}`).toBe(true);
        expect(target.startsWith(`${themeId}.`), `${step} → ${target}`).toBe(true);
      }
    }
  });

  it.each(LANGUAGE_CODES)(
    'has text for every step, learn-more, talk question and profile step in %s',
    (language) => {
      const has = (key: string) =>
        expect(text(language, 'advice', key), key).toEqual(expect.any(String));
      for (const rule of advice.rules) {
        for (const step of rule.steps) has(`${rule.themeId}.steps.${step}`);
      }
      for (const theme of themes) {
        has(learnMoreKey(theme.id));
        for (const question of advice.conversation[theme.id] ?? [])
          has(conversationKey(theme.id, question));
      }
      for (const [fact, steps] of Object.entries(advice.profileSteps)) {
        has(profileStepKey(fact, 'title'));
        for (const step of steps) has(profileStepKey(fact, step));
      }
    },
  );

  it.each(LANGUAGE_CODES)('gives no two themes the same step in %s', (language) => {
    const owner = new Map<string, string>();
    for (const theme of themes) {
      const steps = (text(language, 'advice', `${theme.id}.steps`) ?? {}) as Record<string, string>;
      for (const step of Object.values(steps)) {
        const key = step.trim().toLowerCase();
        const other = owner.get(key);
        expect(
          other === undefined || other === theme.id,
          `"${step}" in ${theme.id} and ${other}`,
        ).toBe(true);
        owner.set(key, theme.id);
      }
    }
  });

  it('advice text names no web addresses', () => {
    const all = JSON.stringify(resources.en?.advice) + JSON.stringify(resources.nl?.advice);
    expect(all).not.toMatch(/https?:|www\./);
  });
});

describe('method content', () => {
  it.each(LANGUAGE_CODES)('has text for every section, paragraph and source in %s', (language) => {
    for (const section of methodSections) {
      expect(text(language, 'method', methodSectionKey(section.id, 'title'))).toEqual(
        expect.any(String),
      );
      for (const paragraph of section.paragraphs) {
        expect(text(language, 'method', methodSectionKey(section.id, paragraph))).toEqual(
          expect.any(String),
        );
      }
    }
    for (const source of methodSources) {
      expect(text(language, 'method', methodSourceKey(source)), source).toEqual(expect.any(String));
    }
  });

  it('says the thresholds are the app’s own and the scan is not endorsed by the research group', () => {
    const en = JSON.stringify(resources.en?.method);
    expect(en).toMatch(/app's own choices/i);
    expect(en).toMatch(/has not endorsed it/i);
    expect(en).toMatch(/collective-action@rsm\.nl/);
    expect(en).toMatch(/Chavis, D\. M\., Lee, K\. S\., & Acosta, J\. D\. \(2008\)/);
  });
});
