import type { ParseKeys, TFunction } from 'i18next';
import type { PickedAdvice } from '@/domain/advice';
import { NON_SCORING_ANSWERS, type Question } from '@/domain/questionnaire';

/**
 * The one place where translation keys are built from content ids. The casts are the price of
 * ids known only at run time; tests/unit/content.test.ts proves that every id of the content has
 * each of these texts in every language.
 */
type QuestionnaireKey = ParseKeys<'questionnaire'>;
type AdviceKey = ParseKeys<'advice'>;
type MethodKey = ParseKeys<'method'>;

export function areaKey(areaId: string, part: 'title' | 'intro'): QuestionnaireKey {
  return `areas.${areaId}.${part}` as QuestionnaireKey;
}

export function themeKey(themeId: string, part: 'title' | 'short' | 'intro'): QuestionnaireKey {
  return `themes.${themeId}.${part}` as QuestionnaireKey;
}

/** A question id is `<theme>.q<n>`, so its texts sit at `questions.<theme>.q<n>.*`. */
export function questionKey(questionId: string, part: 'text' | 'help'): QuestionnaireKey {
  return `questions.${questionId}.${part}` as QuestionnaireKey;
}

/** The label of an answer: a choice question's own option, or the shared scale and non-scoring answers. */
export function answerKey(question: Question, answerId: string): QuestionnaireKey {
  const nonScoring = (NON_SCORING_ANSWERS as readonly string[]).includes(answerId);
  return (
    question.kind === 'choice' && !nonScoring
      ? `options.${question.id}.${answerId}`
      : `scale.${answerId}`
  ) as QuestionnaireKey;
}

/** The text of each first step of picked advice. */
export function adviceStepKeys(advice: PickedAdvice): AdviceKey[] {
  return advice.stepKeys as AdviceKey[];
}

/** An advice step kept in the action plan by its key. */
function storedAdviceKey(key: string): AdviceKey {
  return key as AdviceKey;
}

export function learnMoreKey(themeId: string): AdviceKey {
  return `${themeId}.learnMore` as AdviceKey;
}

export function conversationKey(themeId: string, questionId: string): AdviceKey {
  return `${themeId}.talk.${questionId}` as AdviceKey;
}

export function methodSectionKey(sectionId: string, part: string): MethodKey {
  return `sections.${sectionId}.${part}` as MethodKey;
}

export function methodSourceKey(sourceId: string): MethodKey {
  return `sources.${sourceId}` as MethodKey;
}

/** The words of a plan step: an advice step in the current language, or the board's own text. */
export function actionText(
  action: { adviceKey?: string | undefined; text?: string | undefined },
  ta: TFunction<'advice'>,
): string {
  return action.adviceKey ? ta(storedAdviceKey(action.adviceKey)) : (action.text ?? '');
}
