import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editions } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { MAX_BACKUP_BYTES, makeBackup, parseBackup } from '@/domain/backup';
import { encodeAnswers } from '@/domain/compact-answers';
import { layoutOf } from '@/domain/questionnaire';
import type { Session } from '@/domain/session';
import { arbitraryAnswers } from '../helpers/answers';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('backup files', () => {
  it('reads the version 1 fixture into edition 2, listing the answers that no longer count', () => {
    const result = parseBackup(fixture('backup-v1.json'), editions);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { backup, dropped, fromEdition, upgradedSessions } = result.value;
    expect(fromEdition).toBe('1');
    expect(backup.questionnaireVersion).toBe('2');
    // Only the Arnstein ladder question is unchanged between the editions.
    expect(backup.scan.answers).toEqual({ 'sham-participation.q5': 'partnership' });
    expect(dropped).toEqual({
      'leadership.q1': 'agree',
      'leadership.q2': 'strongly-agree',
      'recognition.q3': 'dont-know',
    });
    expect(upgradedSessions).toBe(0);
    expect(backup.scan.profile.members).toBe(320);
    expect(backup.actions).toHaveLength(2);
    expect(backup.snapshots).toHaveLength(1);
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
    expect(parseBackup(fixture(name), editions)).toEqual({ ok: false, error: reason });
  });

  it('refuses a file over 10 MB', () => {
    expect(parseBackup(`${' '.repeat(MAX_BACKUP_BYTES)}{}`, editions)).toEqual({
      ok: false,
      error: 'tooLarge',
    });
  });

  it('refuses a backup of an edition of the questions this app does not know', () => {
    // The fixture says questionnaire version "0".
    expect(parseBackup(fixture('backup-other-questionnaire.json'), editions)).toEqual({
      ok: false,
      error: 'otherQuestionnaire',
    });
  });

  it('lists answers to statements this questionnaire does not have, or to options it no longer offers', () => {
    const ofEdition1 = fixture('backup-other-questionnaire.json').replace(
      '"questionnaireVersion": "0"',
      '"questionnaireVersion": "1"',
    );
    const result = parseBackup(ofEdition1, editions);
    expect(result.ok && result.value.backup.scan.answers).toEqual({
      'sham-participation.q5': 'partnership',
    });
    expect(result.ok && result.value.dropped).toEqual({
      'leadership.q1': 'agree',
      'leadership.q2': 'strongly-agree',
      'recognition.q3': 'dont-know',
      'old-theme.q1': 'agree',
      // leadership.q9 exists today, but on the truth scale: "agree" is not one of its answers.
      'leadership.q9': 'agree',
    });
  });

  it('export then import gives back exactly the same data', () => {
    const profile = fc.record(
      {
        name: fc.string({ maxLength: 100 }),
        sectors: fc.subarray(['energy', 'care', 'food'] as const, { minLength: 1 }),
        legalForm: fc.constantFrom('cooperative', 'none-yet' as const),
        members: fc.integer({ min: 1, max: 100_000 }),
        founded: fc.integer({ min: 1800, max: 2026 }),
        scale: fc.constantFrom('village', 'district', 'city', 'region' as const),
        volunteers: fc.integer({ min: 0, max: 100_000 }),
        paidStaff: fc.constantFrom('none', 'some' as const),
      },
      { requiredKeys: [] },
    );
    const layout = layoutOf(questionnaire);
    fc.assert(
      fc.property(
        arbitraryAnswers(),
        arbitraryAnswers(),
        profile,
        fc.string({ maxLength: 300 }),
        (answers, respondent, p, text) => {
          const session: Session = {
            id: 's1',
            name: 'Board evening',
            createdAt: '2026-11-01T19:00:00.000Z',
            method: 'merge',
            questionnaireVersion: questionnaire.version,
            respondents: [
              { id: 'r1', answers: encodeAnswers(layout, respondent), addedAt: '2026-11-01' },
            ],
            tally: {},
            revealed: [],
          };
          const backup = makeBackup({
            questionnaireVersion: questionnaire.version,
            exportedAt: '2026-11-27T00:00:00.000Z',
            scan: {
              profile: p,
              answers,
              updatedAt: null,
              retired: { questionnaireVersion: '1', answers: { 'leadership.q1': 'agree' } },
            },
            snapshots: [],
            actions: [{ id: 'x', text, owner: '', due: '', status: 'todo' }],
            sessions: [session],
          });
          const back = parseBackup(JSON.stringify(backup), editions);
          expect(back).toEqual({
            ok: true,
            value: { backup, dropped: {}, upgradedSessions: 0, fromEdition: questionnaire.version },
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
