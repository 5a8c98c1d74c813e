import type { SheetThemeId } from '@/domain/conversation-sheet';
import type { SheetField } from '@/domain/sheet-schema';

/**
 * The conversation sheet for the municipality as data: its four sections, each fed by one
 * government-relations theme, with the fields the board fills in. Texts live in
 * locales/<lng>/sheet.json: a section's prompt at `prompts.<section>.<level>`, a theme's suggested
 * question at `questions.<theme>.<level>` (the choosing rule: src/domain/conversation-sheet.ts).
 */
export const SHEET_SECTIONS = [
  { id: 'contribution', themeId: 'sectoral-vision' },
  { id: 'obstacles', themeId: 'obstructive-regulations' },
  { id: 'participation', themeId: 'sham-participation' },
  { id: 'recognition', themeId: 'recognition' },
] as const satisfies readonly { id: string; themeId: SheetThemeId }[];
export type SheetSectionId = (typeof SHEET_SECTIONS)[number]['id'];

/** The fields of each section, in the order they are filled in and printed. */
export const SECTION_FIELDS: Record<SheetSectionId, readonly SheetField[]> = {
  contribution: ['contribution'],
  obstacles: ['rule1', 'counter1', 'rule2', 'counter2', 'rule3', 'counter3'],
  participation: ['shamExample', 'ladderNow', 'ladderWanted', 'realParticipation'],
  recognition: ['contactPerson', 'policyRole', 'rightToChallenge', 'recognitionNote'],
};

/** The statement that asks for the rung of the participation ladder (Arnstein's eight rungs). */
export const LADDER_QUESTION_ID = 'sham-participation.q5';

/**
 * The ladder's rungs from the lowest to the highest: the options of the ladder statement, in its
 * order (tests/unit/conversation-sheet.test.ts proves they match the questionnaire).
 */
export const LADDER_RUNGS = [
  'manipulation',
  'therapy',
  'informing',
  'consultation',
  'placation',
  'partnership',
  'delegated-power',
  'citizen-control',
] as const;
export type LadderRung = (typeof LADDER_RUNGS)[number];

export function isLadderRung(value: string | undefined): value is LadderRung {
  return (LADDER_RUNGS as readonly string[]).includes(value ?? '');
}
