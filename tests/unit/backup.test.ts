import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionnaire } from '@/content/questionnaire';
import { MAX_BACKUP_BYTES, makeBackup, parseBackup } from '@/domain/backup';
import { allQuestions } from '@/domain/questionnaire';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('backup files', () => {
  it('reads the version 1 fixture', () => {
    const result = parseBackup(fixture('backup-v1.json'), questionnaire);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.unknownQuestionIds).toEqual([]);
    expect(result.value.backup.scan.profile.members).toBe(320);
    expect(result.value.backup.actions).toHaveLength(2);
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
    expect(parseBackup(fixture(name), questionnaire)).toEqual({ ok: false, error: reason });
  });

  it('refuses a file over 10 MB', () => {
    expect(parseBackup(`${' '.repeat(MAX_BACKUP_BYTES)}{}`, questionnaire)).toEqual({
      ok: false,
      error: 'tooLarge',
    });
  });

  it('lists answers to questions this questionnaire does not have', () => {
    const result = parseBackup(fixture('backup-other-questionnaire.json'), questionnaire);
    expect(result.ok && result.value.unknownQuestionIds).toEqual(['old-theme.q1', 'leadership.q9']);
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
        expect(back).toEqual({ ok: true, value: { backup, unknownQuestionIds: [] } });
      }),
      { numRuns: 60 },
    );
  });
});
