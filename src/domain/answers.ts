import { NON_SCORING_ANSWERS, optionsOf, type Questionnaire } from './questionnaire';

/** The answers a question accepts: its option ids plus "don't know" and "not applicable". */
function allowedAnswers(questionnaire: Questionnaire, questionId: string): string[] | null {
  for (const area of questionnaire.areas) {
    for (const theme of area.themes) {
      const question = theme.questions.find((candidate) => candidate.id === questionId);
      if (question) {
        return [...optionsOf(questionnaire, question).map((o) => o.id), ...NON_SCORING_ANSWERS];
      }
    }
  }
  return null;
}

/** Keeps only answers to known questions with allowed values; reports the ids it dropped. */
export function keepKnownAnswers(
  questionnaire: Questionnaire,
  answers: Record<string, string>,
): { kept: Record<string, string>; dropped: string[] } {
  const kept: Record<string, string> = {};
  const dropped: string[] = [];
  for (const [questionId, answer] of Object.entries(answers)) {
    if (allowedAnswers(questionnaire, questionId)?.includes(answer)) kept[questionId] = answer;
    else dropped.push(questionId);
  }
  return { kept, dropped };
}

/** Form field names cannot contain dots (react-hook-form reads them as paths). */
export function formFieldName(questionId: string): string {
  return questionId.replace('.', '__');
}
