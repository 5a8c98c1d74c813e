import { roundScore } from './math';
import type { Answers } from './questionnaire';
import type { Questionnaire } from './questionnaire-schema';
import { answerValue, type ScanScores, toPoints } from './scoring';

export type CsvRow =
  | {
      kind: 'answer';
      areaId: string;
      themeId: string;
      questionId: string;
      answer: string | null;
      points: number | null;
    }
  | {
      kind: 'theme';
      areaId: string;
      themeId: string;
      score: number | null;
      counted: number;
      total: number;
    }
  | { kind: 'area'; areaId: string; score: number | null }
  | { kind: 'overall'; score: number | null };

/** The rows of the CSV export: every answer with its points, then every theme, area and the total. */
export function scanCsvRows(
  questionnaire: Questionnaire,
  answers: Answers,
  scores: ScanScores,
): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const area of questionnaire.areas) {
    for (const theme of area.themes) {
      for (const question of theme.questions) {
        const value = answerValue(questionnaire, question, answers[question.id]);
        rows.push({
          kind: 'answer',
          areaId: area.id,
          themeId: theme.id,
          questionId: question.id,
          answer: answers[question.id] ?? null,
          points: value === null ? null : roundScore(toPoints(value)),
        });
      }
    }
  }
  for (const theme of scores.themes) {
    rows.push({
      kind: 'theme',
      areaId: theme.areaId,
      themeId: theme.themeId,
      score: roundScore(theme.score),
      counted: theme.counted,
      total: theme.total,
    });
  }
  for (const area of scores.areas)
    rows.push({ kind: 'area', areaId: area.areaId, score: roundScore(area.score) });
  rows.push({ kind: 'overall', score: roundScore(scores.overall) });
  return rows;
}
