import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionnaire } from '@/content/questionnaire';
import { MAX_BACKUP_BYTES, makeBackup, parseBackup } from '@/domain/backup';
import { allQuestions } from '@/domain/questionnaire';
import { compareSnapshots } from '@/domain/records';
import { toCsv } from '@/lib/csv';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('backup files', () => {
  it('reads the version 1 fixture', () => {
    const result = parseBackup(fixture('backup-v1.json'), questionnaire);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.unknownQuestionIds).toEqual([]);
    expect(result.data.backup.scan.profile.members).toBe(320);
    expect(result.data.backup.actions).toHaveLength(2);
  });

  it.each([
    ['empty.json', 'empty'],
    ['binary.json', 'binary'],
    ['truncated.json', 'notJson'],
    ['nested.json', 'tooDeep'],
    ['unknown-format.json', 'unknownFormat'],
    ['backup-newer-version.json', 'newerVersion'],
    ['backup-invalid-value.json', 'invalid'],
  ])('refuses %s (%s)', (name, reason) => {
    expect(parseBackup(fixture(name), questionnaire)).toEqual({ ok: false, reason });
  });

  it('refuses a file over 10 MB', () => {
    expect(parseBackup(`${' '.repeat(MAX_BACKUP_BYTES)}{}`, questionnaire)).toEqual({
      ok: false,
      reason: 'tooLarge',
    });
  });

  it('lists answers to questions this questionnaire does not have', () => {
    const result = parseBackup(fixture('backup-other-questionnaire.json'), questionnaire);
    expect(result.ok && result.data.unknownQuestionIds).toEqual(['old-theme.q1', 'leadership.q9']);
  });

  it('export then import gives back exactly the same data', () => {
    const questions = allQuestions(questionnaire);
    const answers = fc.dictionary(
      fc.constantFrom(...questions.map((q) => q.id)),
      fc.constantFrom('agree', 'disagree', 'dont-know', 'not-applicable', 'strongly-agree'),
    );
    const profile = fc.record(
      {
        name: fc.string({ maxLength: 100 }),
        members: fc.integer({ min: 1, max: 100_000 }),
        founded: fc.integer({ min: 1800, max: 2026 }),
        scale: fc.constantFrom('village', 'district', 'city', 'region' as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(answers, profile, fc.string({ maxLength: 300 }), (a, p, text) => {
        const backup = makeBackup({
          questionnaireVersion: questionnaire.version,
          exportedAt: '2026-11-27T00:00:00.000Z',
          scan: { profile: p, answers: a, updatedAt: null },
          snapshots: [],
          actions: [{ id: 'x', text, owner: '', due: '', status: 'todo' }],
          sessions: [],
        });
        const back = parseBackup(JSON.stringify(backup), questionnaire);
        expect(back).toEqual({ ok: true, data: { backup, unknownQuestionIds: [] } });
      }),
      { numRuns: 60 },
    );
  });
});

describe('CSV export', () => {
  it('has a byte order mark, CRLF lines, RFC 4180 quoting, and no formulas', () => {
    const csv = toCsv(
      ['Statement', 'Answer'],
      [
        ['Plain', 'Agree'],
        ['Has, comma', 'Says "hi"'],
        ['=HYPERLINK("http://x")', '+1'],
        ['-2', '@SUM(A1)'],
        ['multi\nline', null],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Statement,Answer');
    expect(csv).toContain('"Has, comma","Says ""hi"""');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")",'+1`);
    expect(csv).toContain(`'-2,'@SUM(A1)`);
    expect(csv).toContain('"multi\nline",');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('compareSnapshots', () => {
  it('gives the change per theme, and none where a snapshot has no score', () => {
    expect(
      compareSnapshots(
        ['leadership', 'upscaling', 'recognition'],
        { themeScores: { leadership: 40, upscaling: 70, recognition: null } },
        { themeScores: { leadership: 55, upscaling: 62, recognition: 80 } },
      ),
    ).toEqual([
      { themeId: 'leadership', before: 40, after: 55, change: 15 },
      { themeId: 'upscaling', before: 70, after: 62, change: -8 },
      { themeId: 'recognition', before: null, after: 80, change: null },
    ]);
  });
});
