import type { CsvDelimiter } from './export-format';
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

/** A cell of a CSV export: text, a number, or nothing. */
export type CsvCell = string | number | null;

/**
 * A CSV export: `about` says where the file comes from (a collective's or session's name, the
 * export date, the questionnaire version), as "key<delimiter>value" lines above the table.
 */
export type CsvTable = { about: [string, CsvCell][]; header: string[]; rows: CsvCell[][] };

// Text a spreadsheet would run as a formula (CWE-1236) starts with one of these; a leading tab or
// carriage return can hide one.
const FORMULA_START = /^[=+\-@\t\r]/;
// A cell is quoted when it holds a quote, a line feed or a bare carriage return, or the delimiter
// of its file. Both delimiters the app writes count, whichever this file uses: a cell with a comma
// in a semicolon file (or the other way round) is quoted too, so a program that guesses the
// delimiter from the first lines cannot split it.
const NEEDS_QUOTES = /[",;\r\n]/;

/**
 * One cell as written to the file: text that could start a formula gets a leading ' (names and
 * other user text included), then RFC 4180 quoting (see NEEDS_QUOTES). Numbers stay numbers:
 * every number the app exports is a whole number, so no decimal sign depends on the language.
 */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The text of every CSV file the app writes, so a file on its own says what it is: UTF-8 with a
 * byte order mark and CRLF line ends; first one "key<delimiter>value" line per `about` entry,
 * then an empty line, then the header row and the table (the rows may be wider than the about
 * lines; spreadsheet programs open it as it is). Every line uses the same `delimiter`: the one
 * the user's language expects (csvDelimiter in export-format.ts).
 */
export function csvText({ about, header, rows }: CsvTable, delimiter: CsvDelimiter = ','): string {
  const line = (cells: readonly CsvCell[]) => cells.map(csvCell).join(delimiter);
  const top = about.length > 0 ? [...about.map(line), ''] : [];
  const lines = [...top, line(header), ...rows.map(line)];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
