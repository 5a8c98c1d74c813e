import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LADDER_QUESTION_ID,
  LADDER_RUNGS,
  SECTION_FIELDS,
  SHEET_SECTIONS,
} from '@/content/conversation-sheet';
import { editions } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { makeBackup, parseBackup } from '@/domain/backup';
import {
  applySheetDraft,
  applySheetField,
  makeSheetDraftSchema,
  SHEET_THEMES,
  type SheetDefaults,
  sheetLevel,
  suggestedQuestions,
  toSheetDraft,
} from '@/domain/conversation-sheet';
import { allQuestions, allThemes } from '@/domain/questionnaire';
import type { ThemeScore } from '@/domain/scoring';
import { sheetFromItems, sheetItems } from '@/domain/sheet-items';
import { SHEET_TEXT_LIMITS, type Sheet, sheetSchema } from '@/domain/sheet-schema';
import { docOf, liveItems, makeStamp } from '@/domain/synced-doc';

const theme = (themeId: string, score: number | null, counted = 5): ThemeScore => ({
  themeId,
  areaId: 'government-relations',
  score,
  counted,
  excluded: 0,
  total: 5,
  applicable: 5,
});
const four = (scores: (number | null)[]) =>
  SHEET_THEMES.map((id, index) => theme(id, scores[index] ?? null));
const locale = (language: string) =>
  JSON.parse(
    readFileSync(new URL(`../../locales/${language}/sheet.json`, import.meta.url), 'utf8'),
  );
const defaults: SheetDefaults = {
  questions: ['Suggested one?', 'Suggested two?', 'Suggested three?'],
  ladderNow: 'consultation',
};

describe('the sheet is built on the four government-relations themes', () => {
  it('names four themes of the questionnaire, each feeding one section', () => {
    const government = questionnaire.areas.find((area) => area.id === 'government-relations');
    expect(government?.themes.map((each) => each.id)).toEqual([...SHEET_THEMES]);
    expect(SHEET_SECTIONS.map((section) => section.themeId)).toEqual([...SHEET_THEMES]);
    const fields = Object.values(SECTION_FIELDS).flat();
    expect(new Set(fields).size).toBe(fields.length);
  });

  it('has the ladder rungs of the ladder statement, lowest first', () => {
    const ladder = allQuestions(questionnaire).find((q) => q.id === LADDER_QUESTION_ID);
    expect(ladder?.kind).toBe('choice');
    if (ladder?.kind !== 'choice') return;
    expect(ladder.options.map((option) => option.id)).toEqual([...LADDER_RUNGS]);
  });

  it.each(['en', 'nl'])(
    'has in %s a prompt per section and a question per theme for every level',
    (language) => {
      const texts = locale(language);
      for (const level of ['low', 'middle', 'high', 'unscored']) {
        for (const section of SHEET_SECTIONS) {
          expect(texts.prompts[section.id][level], `${section.id} ${level}`).toMatch(/\S/);
        }
        for (const themeId of SHEET_THEMES) {
          const question: string = texts.questions[themeId][level];
          // A suggested question fits its field, and is a question.
          expect(question.length, `${themeId} ${level}`).toBeLessThanOrEqual(
            SHEET_TEXT_LIMITS.question1,
          );
          expect(question.endsWith('?')).toBe(true);
        }
      }
      for (const rung of LADDER_RUNGS) expect(texts.ladder[rung]).toMatch(/\S/);
    },
  );

  it('has themes that exist in the questionnaire', () => {
    const ids = allThemes(questionnaire).map((each) => each.id);
    for (const id of SHEET_THEMES) expect(ids).toContain(id);
  });
});

describe('which prompt and which questions the scores pick', () => {
  it.each([
    [0, 'low'],
    [39.4, 'low'],
    [39.5, 'middle'],
    [69, 'middle'],
    [69.5, 'high'],
    [100, 'high'],
    [null, 'unscored'],
  ] as const)('a score of %s picks the %s prompt', (score, level) => {
    expect(sheetLevel({ score })).toBe(level);
  });

  it('a theme that is not in the scores at all is unscored', () => {
    expect(sheetLevel(undefined)).toBe('unscored');
  });

  it('suggests the questions of the three lowest themes, each for its own level, lowest first', () => {
    expect(suggestedQuestions(four([80, 20, 55, 35]))).toEqual([
      { themeId: 'obstructive-regulations', level: 'low' },
      { themeId: 'recognition', level: 'low' },
      { themeId: 'sham-participation', level: 'middle' },
    ]);
  });

  it('breaks ties by more counted answers, then by questionnaire order', () => {
    const tied = [
      theme('sectoral-vision', 50, 3),
      theme('obstructive-regulations', 50, 5),
      theme('sham-participation', 50, 5),
      theme('recognition', 90, 5),
    ];
    expect(suggestedQuestions(tied).map((q) => q.themeId)).toEqual([
      'obstructive-regulations',
      'sham-participation',
      'sectoral-vision',
    ]);
  });

  it('puts themes with too few answers last, and asks their general question', () => {
    expect(suggestedQuestions(four([null, 90, null, 75]))).toEqual([
      { themeId: 'recognition', level: 'high' },
      { themeId: 'obstructive-regulations', level: 'high' },
      { themeId: 'sectoral-vision', level: 'unscored' },
    ]);
    expect(suggestedQuestions([]).map((q) => q.level)).toEqual([
      'unscored',
      'unscored',
      'unscored',
    ]);
  });

  it('always suggests three different themes of the four, whatever the scores', () => {
    const score = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(fc.array(score, { minLength: 4, maxLength: 4 }), (scores) => {
        const picked = suggestedQuestions(four(scores));
        expect(picked).toHaveLength(3);
        expect(new Set(picked.map((q) => q.themeId)).size).toBe(3);
        // The one theme left out never scores lower than a picked one.
        const left = SHEET_THEMES.find((id) => !picked.some((q) => q.themeId === id));
        const leftScore = scores[SHEET_THEMES.indexOf(left as (typeof SHEET_THEMES)[number])];
        for (const q of picked) {
          const s = scores[SHEET_THEMES.indexOf(q.themeId)];
          if (leftScore !== null && leftScore !== undefined && s !== null && s !== undefined) {
            expect(s).toBeLessThanOrEqual(leftScore);
          }
        }
      }),
    );
  });
});

describe('the limits of each field', () => {
  const schema = makeSheetDraftSchema();
  const empty = toSheetDraft({}, { questions: [], ladderNow: '' });

  it.each(Object.entries(SHEET_TEXT_LIMITS))('%s takes %i characters and no more', (field, max) => {
    expect(schema.safeParse({ ...empty, [field]: 'a'.repeat(max) }).success).toBe(true);
    const over = schema.safeParse({ ...empty, [field]: 'a'.repeat(max + 1) });
    expect(over.success).toBe(false);
    expect(sheetSchema.safeParse({ [field]: 'a'.repeat(max) }).success).toBe(true);
    expect(sheetSchema.safeParse({ [field]: 'a'.repeat(max + 1) }).success).toBe(false);
  });

  it('needs nothing: an empty draft is valid and saves an empty sheet', () => {
    expect(schema.safeParse(empty).success).toBe(true);
    expect(applySheetDraft({}, empty, { questions: [], ladderNow: '' })).toEqual({});
  });
});

describe('from the form to the stored sheet', () => {
  it('fills untouched questions and the current rung from the scan, and leaves them unsaved', () => {
    const draft = toSheetDraft({}, defaults);
    expect([draft.question1, draft.question2, draft.question3]).toEqual(defaults.questions);
    expect(draft.ladderNow).toBe('consultation');
    expect(applySheetDraft({}, draft, defaults)).toEqual({});
  });

  it('saves what the board typed or chose, keeps a question emptied on purpose, drops empty texts', () => {
    const draft = {
      ...toSheetDraft({}, defaults),
      contribution: 'We run the repair café.',
      rule1: '   ',
      question2: '',
      question3: 'Our own question?',
      ladderNow: 'informing',
      ladderWanted: 'partnership',
      policyRole: true,
    };
    expect(applySheetDraft({}, draft, defaults)).toEqual({
      contribution: 'We run the repair café.',
      question2: '',
      question3: 'Our own question?',
      ladderNow: 'informing',
      ladderWanted: 'partnership',
      policyRole: true,
    });
  });

  it('keeps the saved text of a field whose new text is too long', () => {
    const saved: Sheet = { recognitionNote: 'Short.' };
    const draft = {
      ...toSheetDraft(saved, defaults),
      recognitionNote: 'x'.repeat(SHEET_TEXT_LIMITS.recognitionNote + 1),
    };
    expect(applySheetDraft(saved, draft, defaults).recognitionNote).toBe('Short.');
  });

  it('saves only the field that was edited, so what another tab saved meanwhile stays', () => {
    // This tab's form was drawn before another tab saved a contribution.
    const draft = { ...toSheetDraft({}, defaults), rule1: 'Event permit' };
    const storedNow: Sheet = { contribution: 'From the other tab.' };
    expect(applySheetField(storedNow, draft, defaults, 'rule1')).toEqual({
      contribution: 'From the other tab.',
      rule1: 'Event permit',
    });
    expect(applySheetField({ rule1: 'Old' }, { ...draft, rule1: '' }, defaults, 'rule1')).toEqual(
      {},
    );
  });

  it('shows a saved question as it was saved, not the suggestion', () => {
    expect(toSheetDraft({ question1: 'Mine?' }, defaults).question1).toBe('Mine?');
    expect(toSheetDraft({ question1: '' }, defaults).question1).toBe('');
  });
});

describe('the sheet in storage and in a backup', () => {
  const full: Sheet = {
    contribution: 'We run the repair café.\nAnd the food bank.',
    rule1: 'Event permit',
    counter1: 'Events desk',
    ladderWanted: 'citizen-control',
    rightToChallenge: true,
    question1: '',
    question3: 'Who decides?',
  };

  it('is one item per field, and reads back as it was', () => {
    const items = sheetItems(full);
    expect([...items.keys()]).toEqual(Object.keys(full));
    const doc = docOf(items, (index) => makeStamp(1000, index, 'tab'));
    expect(sheetFromItems(liveItems(doc))).toEqual({ ok: true, value: full });
  });

  it('refuses a stored field that is too long or of the wrong kind', () => {
    const doc = docOf(
      new Map([['contribution', 'x'.repeat(SHEET_TEXT_LIMITS.contribution + 1)]]),
      (index) => makeStamp(1000, index, 'tab'),
    );
    expect(sheetFromItems(liveItems(doc))).toEqual({ ok: false, error: 'corrupt' });
    const wrong = docOf(new Map([['policyRole', 'yes']]), (i) => makeStamp(1, i, 'tab'));
    expect(sheetFromItems(liveItems(wrong))).toEqual({ ok: false, error: 'corrupt' });
  });

  const backup = (sheet?: Sheet) =>
    JSON.stringify(
      makeBackup({
        questionnaireVersion: questionnaire.version,
        exportedAt: '2026-11-28T08:00:00.000Z',
        scan: { profile: { name: 'Buurtkracht' }, answers: {}, updatedAt: null },
        snapshots: [],
        actions: [],
        sessions: [],
        ...(sheet ? { sheet } : {}),
      }),
    );

  it('goes into a backup and comes out the same', () => {
    const read = parseBackup(backup(full), editions);
    expect(read.ok && read.value.backup.sheet).toEqual(full);
  });

  it('opens a backup made before the sheet existed, without a sheet', () => {
    const read = parseBackup(backup(), editions);
    expect(read.ok).toBe(true);
    expect(read.ok && read.value.backup.sheet).toBeUndefined();
  });

  it('refuses a backup whose sheet has a text over its limit', () => {
    const tooLong = { question2: 'x'.repeat(SHEET_TEXT_LIMITS.question2 + 1) };
    expect(parseBackup(backup(tooLong), editions)).toEqual({ ok: false, error: 'invalid' });
  });
});
