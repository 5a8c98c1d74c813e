// Seed data for the engine tests, from the app's own content and domain (loaded by Vite in Node).
import { questionnaire } from '@/content/questionnaire';
import { allQuestions, allThemes, optionsOf } from '@/domain/questionnaire';

/** Every statement's answer: its options cycle, so scores spread (as tests/e2e/fixtures.ts does). */
export function fullAnswers(): Record<string, string> {
  const answers: Record<string, string> = {};
  allQuestions(questionnaire).forEach((question, n) => {
    const options = optionsOf(questionnaire, question);
    answers[question.id] = options[(n * 3 + 1) % options.length]?.id ?? 'dont-know';
  });
  return answers;
}

export const edition = questionnaire.version;
export const themeCount = allThemes(questionnaire).length;
export const statementCount = allQuestions(questionnaire).length;
