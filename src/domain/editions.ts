import { type Answers, allQuestions, isNonScoring, type Layout, optionsOf } from './questionnaire';
import type { Questionnaire } from './questionnaire-schema';

/**
 * Reading data of an earlier edition of the questionnaire. Statement ids are never reused, so an
 * answer is kept where its statement still exists (same id, an option it still has) and let go
 * otherwise; what is let go is always returned, so the user sees it first and nothing is lost
 * silently. Compact answers are decoded with the layout of the edition that wrote them.
 */

/** Today's questionnaire and the layout of every edition ever shipped (content/editions.ts). */
export type Editions = { questionnaire: Questionnaire; layouts: Readonly<Record<string, Layout>> };

/** Answers (by id) of any edition, sorted into those that still count and those that do not. */
export function keepKnownAnswers(
  questionnaire: Questionnaire,
  answers: Answers,
): { kept: Answers; dropped: Answers } {
  const allowed = new Map(
    allQuestions(questionnaire).map((question) => [
      question.id,
      new Set(optionsOf(questionnaire, question).map((option) => option.id)),
    ]),
  );
  const kept: Answers = {};
  const dropped: Answers = {};
  for (const [questionId, answer] of Object.entries(answers)) {
    const options = allowed.get(questionId);
    if (options && (options.has(answer) || isNonScoring(answer))) kept[questionId] = answer;
    else dropped[questionId] = answer;
  }
  return { kept, dropped };
}

/** Votes counted per statement and answer, kept where the statement and answer still exist. */
export function upgradeTally(
  questionnaire: Questionnaire,
  tally: Readonly<Record<string, Record<string, number>>>,
): { tally: Record<string, Record<string, number>>; dropped: string[] } {
  const kept: Record<string, Record<string, number>> = {};
  const dropped = new Set<string>();
  for (const [questionId, counts] of Object.entries(tally)) {
    for (const [answer, count] of Object.entries(counts)) {
      const { kept: still } = keepKnownAnswers(questionnaire, { [questionId]: answer });
      if (still[questionId] === undefined) dropped.add(questionId);
      else kept[questionId] = { ...kept[questionId], [answer]: count };
    }
  }
  return { tally: kept, dropped: [...dropped] };
}

/** The ids of the statements whose answers no longer count, in a stable order. */
export function droppedStatements(dropped: Answers): string[] {
  return Object.keys(dropped).sort();
}
