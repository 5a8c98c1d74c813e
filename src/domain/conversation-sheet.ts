import * as z from 'zod/mini';
import { type Level, levelOf } from './levels';
import type { ThemeScore } from './scoring';
import {
  QUESTION_FIELDS,
  SHEET_ASKS,
  SHEET_TEXT_LIMITS,
  type Sheet,
  type SheetField,
  type SheetTextField,
  sheetSchema,
} from './sheet-schema';

/**
 * The conversation sheet for the municipality: what the board writes to take to an alderman or
 * civil servant, next to the four government-relations themes. This file owns the sheet's rules:
 * which prompt each section shows and which three questions are suggested, both chosen by the
 * themes' levels, and how a form draft becomes the stored sheet (fields and limits: sheet-schema.ts).
 */

/** The four themes the sheet is built on, in questionnaire order, with the section each feeds. */
export const SHEET_THEMES = [
  'sectoral-vision',
  'obstructive-regulations',
  'sham-participation',
  'recognition',
] as const;
export type SheetThemeId = (typeof SHEET_THEMES)[number];

/** A theme's level on the sheet: its score level, or `unscored` with too few answers. */
export type SheetLevel = Level | 'unscored';

/** The level that picks a theme's prompt and question (absent or too few answers: unscored). */
export function sheetLevel(theme: Pick<ThemeScore, 'score'> | undefined): SheetLevel {
  return theme?.score === null || theme?.score === undefined ? 'unscored' : levelOf(theme.score);
}

/** Each of the four themes with its score (null: too few answers) and its sheet level. */
export function sheetThemes(themes: readonly ThemeScore[]) {
  return SHEET_THEMES.map((themeId) => {
    const theme = themes.find((each) => each.themeId === themeId);
    return {
      themeId,
      score: theme?.score ?? null,
      counted: theme?.counted ?? 0,
      level: sheetLevel(theme),
    };
  });
}

/**
 * The three themes whose questions are suggested: the three lowest scores of the four (ties: more
 * counted answers first, then questionnaire order, as for the weakest themes of the scan); themes
 * with too few answers come last. Each suggests the question for its own level.
 */
export function suggestedQuestions(
  themes: readonly ThemeScore[],
): { themeId: SheetThemeId; level: SheetLevel }[] {
  return sheetThemes(themes)
    .map((theme, index) => ({ ...theme, index }))
    .sort(
      (a, b) =>
        (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0) ||
        (a.score ?? 0) - (b.score ?? 0) ||
        b.counted - a.counted ||
        a.index - b.index,
    )
    .slice(0, QUESTION_FIELDS.length)
    .map(({ themeId, level }) => ({ themeId, level }));
}

/** What the sheet's form holds: text as typed, ticks as ticked, rungs as chosen ('' for none). */
export function makeSheetDraftSchema() {
  const L = SHEET_TEXT_LIMITS;
  const field = (max: number) => z.string().check(z.maxLength(max, { error: 'tooLong' }));
  return z.object({
    contribution: field(L.contribution),
    rule1: field(L.rule1),
    counter1: field(L.counter1),
    rule2: field(L.rule2),
    counter2: field(L.counter2),
    rule3: field(L.rule3),
    counter3: field(L.counter3),
    shamExample: field(L.shamExample),
    ladderNow: z.string(),
    ladderWanted: z.string(),
    realParticipation: field(L.realParticipation),
    contactPerson: z.boolean(),
    policyRole: z.boolean(),
    rightToChallenge: z.boolean(),
    recognitionNote: field(L.recognitionNote),
    question1: field(L.question1),
    question2: field(L.question2),
    question3: field(L.question3),
  });
}
export type SheetDraft = z.infer<ReturnType<typeof makeSheetDraftSchema>>;

/** What fills the sheet where the board wrote nothing: the suggested questions and the scan's rung. */
export type SheetDefaults = { questions: readonly string[]; ladderNow: string };

/** The form's starting values: what was saved, and the defaults where nothing was saved. */
export function toSheetDraft(sheet: Sheet, defaults: SheetDefaults): SheetDraft {
  const texts = Object.fromEntries(
    (Object.keys(SHEET_TEXT_LIMITS) as SheetTextField[]).map((key) => [key, sheet[key] ?? '']),
  ) as Record<SheetTextField, string>;
  QUESTION_FIELDS.forEach((key, index) => {
    texts[key] = sheet[key] ?? defaults.questions[index] ?? '';
  });
  return {
    ...texts,
    ladderNow: sheet.ladderNow ?? defaults.ladderNow,
    ladderWanted: sheet.ladderWanted ?? '',
    contactPerson: sheet.contactPerson ?? false,
    policyRole: sheet.policyRole ?? false,
    rightToChallenge: sheet.rightToChallenge ?? false,
  };
}

/**
 * The sheet to save from a draft. A text that is too long keeps what was saved before; an empty
 * text is dropped. A question or the current rung equal to its default stays unsaved, so it keeps
 * following the scores; a question the board emptied is saved as '' (left blank on purpose).
 */
export function applySheetDraft(saved: Sheet, draft: SheetDraft, defaults: SheetDefaults): Sheet {
  const next: Record<string, string | boolean | undefined> = {};
  for (const key of Object.keys(SHEET_TEXT_LIMITS) as SheetTextField[]) {
    const value = draft[key];
    if (value.length > SHEET_TEXT_LIMITS[key]) next[key] = saved[key];
    else next[key] = value.trim() === '' ? undefined : value;
  }
  QUESTION_FIELDS.forEach((key, index) => {
    const value = draft[key];
    if (value.length > SHEET_TEXT_LIMITS[key]) return;
    const suggestion = defaults.questions[index] ?? '';
    next[key] =
      value === suggestion && saved[key] === undefined
        ? undefined
        : value.trim() === ''
          ? ''
          : value;
  });
  next.ladderNow =
    draft.ladderNow === defaults.ladderNow && saved.ladderNow === undefined
      ? undefined
      : draft.ladderNow;
  next.ladderWanted = draft.ladderWanted || undefined;
  for (const ask of SHEET_ASKS) next[ask] = draft[ask] || undefined;
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  return sheetSchema.parse(next);
}

/**
 * The saved sheet with one field taken from the draft, the rest as saved: what one edit changes
 * and nothing else, so a field another tab changed meanwhile is not written back.
 */
export function applySheetField(
  saved: Sheet,
  draft: SheetDraft,
  defaults: SheetDefaults,
  field: SheetField,
): Sheet {
  const value = applySheetDraft(saved, draft, defaults)[field];
  const { [field]: _old, ...others } = saved;
  return value === undefined ? others : { ...others, [field]: value };
}
