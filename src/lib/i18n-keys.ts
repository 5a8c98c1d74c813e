import type { ParseKeys, TFunction } from 'i18next';
import type { PickedStep } from '@/domain/advice';
import type { Level } from '@/domain/levels';
import { isNonScoring } from '@/domain/questionnaire';
import type { AppliesWhen, Question } from '@/domain/questionnaire-schema';

/**
 * The one place where translation keys are built from content ids. The casts are the price of
 * ids known only at run time; tests/unit/content.test.ts proves that every id of the content has
 * each of these texts in every language.
 */
type QuestionnaireKey = ParseKeys<'questionnaire'>;
type AdviceKey = ParseKeys<'advice'>;
type MethodKey = ParseKeys<'method'>;
type RetiredKey = ParseKeys<'retired'>;

export function areaKey(areaId: string, part: 'title' | 'intro'): QuestionnaireKey {
  return `areas.${areaId}.${part}` as QuestionnaireKey;
}

/**
 * A theme's texts: `title` and `short` name the good end (a high score means the research's
 * challenge is absent); `research` is the research's own name for the challenge.
 */
export function themeKey(
  themeId: string,
  part: 'title' | 'short' | 'intro' | 'research',
): QuestionnaireKey {
  return `themes.${themeId}.${part}` as QuestionnaireKey;
}

/** A question id is `<theme>.q<n>`, so its texts sit at `questions.<theme>.q<n>.*`. */
export function questionKey(questionId: string, part: 'text' | 'help'): QuestionnaireKey {
  return `questions.${questionId}.${part}` as QuestionnaireKey;
}

/** The label of an answer: a choice question's own option, its scale's option, or a non-scoring answer. */
export function answerKey(question: Question, answerId: string): QuestionnaireKey {
  if (isNonScoring(answerId)) return `answers.${answerId}` as QuestionnaireKey;
  return (
    question.kind === 'choice'
      ? `options.${question.id}.${answerId}`
      : `scales.${question.scale}.${answerId}`
  ) as QuestionnaireKey;
}

/** Why the profile marked a statement not applicable. */
export function notApplicableKey(rule: AppliesWhen): QuestionnaireKey {
  return `notApplicable.${rule.kind}` as QuestionnaireKey;
}

/** The words for a score level: needs attention, under way, strong. */
export function bandKey(level: Level): QuestionnaireKey {
  return `score.bands.${level}` as QuestionnaireKey;
}

/** The text of a picked advice step (`<themeId>.steps.<stepId>`). */
export function stepKey(step: Pick<PickedStep, 'key'>): AdviceKey {
  return step.key as AdviceKey;
}

export function learnMoreKey(themeId: string): AdviceKey {
  return `${themeId}.learnMore` as AdviceKey;
}

export function conversationKey(themeId: string, questionId: string): AdviceKey {
  return `${themeId}.talk.${questionId}` as AdviceKey;
}

/** A step shown for a profile fact, e.g. `no-legal-form`. */
export function profileStepKey(fact: string, stepId: string): AdviceKey {
  return `profile.${fact}.${stepId}` as AdviceKey;
}

export function methodSectionKey(sectionId: string, part: string): MethodKey {
  return `sections.${sectionId}.${part}` as MethodKey;
}

export function methodSourceKey(sourceId: string): MethodKey {
  return `sources.${sourceId}` as MethodKey;
}

/** A statement of an earlier edition, by its id (kept so old answers can be listed by their words). */
export function retiredQuestionKey(questionId: string): RetiredKey {
  return `questions.${questionId}` as RetiredKey;
}

/** An answer given to the first edition: its agreement scale, or the ladder's rung. */
export function retiredAnswerKey(questionId: string, answer: string): RetiredKey {
  return (
    questionId === 'sham-participation.q5' ? `options.${questionId}.${answer}` : `scale.${answer}`
  ) as RetiredKey;
}

/** Plan steps made from advice of the first edition carry keys like `<theme>.<level>.<size>.s1`. */
const EDITION_1_STEP = /^[a-z-]+\.(low|middle|high)\.(any|small|large)\.s\d+$/;

/**
 * The words of a plan step: an advice step in the current language (from this edition, or from
 * the first edition for older plans), or the board's own text.
 */
export function actionText(
  action: { adviceKey?: string | undefined; text?: string | undefined },
  ta: TFunction<'advice'>,
  tr: TFunction<'retired'>,
): string {
  if (!action.adviceKey) return action.text ?? '';
  return EDITION_1_STEP.test(action.adviceKey)
    ? tr(`advice.${action.adviceKey}` as RetiredKey)
    : ta(action.adviceKey as AdviceKey);
}
