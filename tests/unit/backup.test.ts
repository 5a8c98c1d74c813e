import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editions } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { makeBackup, parseBackup } from '@/domain/backup';
import { MAX_BACKUP_BYTES } from '@/domain/backup-format';
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

  it('lists answers to statements this questionnaire no longer has apart from values that were never answers', () => {
    const ofEdition1 = fixture('backup-other-questionnaire.json').replace(
      '"questionnaireVersion": "0"',
      '"questionnaireVersion": "1"',
    );
    const result = parseBackup(ofEdition1, editions);
    expect(result.ok && result.value.backup.scan.answers).toEqual({
      'sham-participation.q5': 'partnership',
    });
    // Answers of edition 1 to statements that changed: kept apart until the user lets them go.
    expect(result.ok && result.value.dropped).toEqual({
      'leadership.q1': 'agree',
      'leadership.q2': 'strongly-agree',
      'recognition.q3': 'dont-know',
    });
    // Statements edition 1 never had: no answers at all, counted and listed, then left out.
    expect(result.ok && result.value.leftOut).toEqual({
      count: 2,
      first: [
        { questionId: 'old-theme.q1', answer: 'agree' },
        { questionId: 'leadership.q9', answer: 'agree' },
      ],
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
            value: {
              backup,
              dropped: {},
              leftOut: { count: 0, first: [] },
              upgradedSessions: 0,
              fromEdition: questionnaire.version,
            },
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('values that are no answers, and ids that cannot be used', () => {
  const base = makeBackup({
    questionnaireVersion: questionnaire.version,
    exportedAt: '2026-11-27T00:00:00.000Z',
    scan: { profile: {}, answers: {}, updatedAt: null },
    snapshots: [],
    actions: [],
    sessions: [],
  });
  const withAnswers = (answers: Record<string, unknown>) =>
    JSON.stringify({ ...base, scan: { ...base.scan, answers } });
  const file = (overrides: object) => JSON.stringify({ ...base, ...overrides });
  const snapshot = {
    id: 'snap',
    name: 'Scan 2026',
    createdAt: '2026-11-01T10:00:00.000Z',
    kind: 'individual',
    overall: 50,
    areaScores: {},
    themeScores: {},
  };
  const action = { id: 'step', text: 'Call Anna', owner: '', due: '', status: 'todo' };
  const layout = layoutOf(questionnaire);
  const session: Session = {
    id: 'evening',
    name: 'Board evening',
    createdAt: '2026-11-01T19:00:00.000Z',
    method: 'merge',
    questionnaireVersion: questionnaire.version,
    respondents: [{ id: 'r1', answers: encodeAnswers(layout, {}), addedAt: '2026-11-01' }],
    tally: {},
    revealed: [],
  };
  let counter = 0;
  const newId = () => {
    counter += 1;
    return `new-${counter}`;
  };

  it('lists "maybe" as a value left out: not an answer that counts, not one of an earlier edition', () => {
    const result = parseBackup(
      withAnswers({ 'leadership.q7': 'mostly-true', 'leadership.q6': 'maybe' }),
      editions,
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        dropped: {},
        leftOut: { count: 1, first: [{ questionId: 'leadership.q6', answer: 'maybe' }] },
      },
    });
    expect(result.ok && result.value.backup.scan.answers).toEqual({
      'leadership.q7': 'mostly-true',
    });
  });

  it('lists values that are not text and statements that do not exist, and keeps none of them', () => {
    const result = parseBackup(
      withAnswers({
        'leadership.q1': 42,
        'leadership.q2': null,
        'leadership.q3': ['agree'],
        'leadership.q4': { agree: true },
        'no-such-theme.q1': 'agree',
        'not even a question id': 'agree',
      }),
      editions,
    );
    expect(result.ok && result.value.leftOut).toEqual({
      count: 6,
      first: [
        { questionId: 'leadership.q1', answer: '42' },
        { questionId: 'leadership.q2', answer: 'null' },
        { questionId: 'leadership.q3', answer: '[…]' },
        { questionId: 'leadership.q4', answer: '{…}' },
        { questionId: 'no-such-theme.q1', answer: 'agree' },
      ],
    });
    expect(result.ok && result.value.backup.scan.answers).toEqual({});
  });

  it('counts 380,000 values to unknown statements and keeps only the first five, shortened', () => {
    const answers: Record<string, string> = { [`${'x'.repeat(500)}.q1`]: 'y'.repeat(500) };
    for (let n = 0; n < 380_000; n += 1) answers[`t${n}.q1`] = 'agree';
    const result = parseBackup(withAnswers(answers), editions);
    if (!result.ok) throw new Error(result.error);
    const { leftOut } = result.value;
    expect(leftOut.count).toBe(380_001);
    expect(leftOut.first).toHaveLength(5);
    expect(leftOut.first[0]).toEqual({
      questionId: `${'x'.repeat(59)}…`,
      answer: `${'y'.repeat(59)}…`,
    });
    expect(result.value.dropped).toEqual({});
  }, 30_000); // 380,000 values: seconds on a busy CI machine, not a speed check

  it('refuses an object far wider than any file of this app holds', () => {
    const themeScores = Object.fromEntries(
      Array.from({ length: 5000 }, (_, n) => [`theme-${n}`, 50]),
    );
    expect(parseBackup(file({ snapshots: [{ ...snapshot, themeScores }] }), editions)).toEqual({
      ok: false,
      error: 'invalid',
    });
  });

  it.each([
    ['a snapshot dated 30 February', { snapshots: [{ ...snapshot, createdAt: '2026-02-30' }] }],
    [
      'a session created at 25 o’clock',
      { sessions: [{ ...session, createdAt: '2026-11-01T25:00Z' }] },
    ],
    [
      'a respondent with answers to 500 statements',
      {
        sessions: [
          {
            ...session,
            respondents: [{ id: 'r', answers: '.'.repeat(500), addedAt: '2026-11-01' }],
          },
        ],
      },
    ],
    [
      'a respondent with no answers at all',
      {
        sessions: [{ ...session, respondents: [{ id: 'r', answers: '', addedAt: '2026-11-01' }] }],
      },
    ],
    [
      'a vote for an answer the statement does not have',
      { sessions: [{ ...session, tally: { 'leadership.q7': { maybe: 3 } } }] },
    ],
  ])('refuses %s: nothing is half-read', (_label, overrides) => {
    expect(parseBackup(file(overrides), editions)).toEqual({ ok: false, error: 'invalid' });
  });

  it('gives snapshots, plan steps and sessions whose ids clash within the file or are unsafe new safe ids', () => {
    const result = parseBackup(
      file({
        snapshots: [snapshot, { ...snapshot, name: 'Again' }, { ...snapshot, id: 'a/b#c?d' }],
        actions: [action, { ...action, text: 'Again' }, { ...action, id: '' }],
        sessions: [session, { ...session, name: 'Again' }, { ...session, id: 'x'.repeat(65) }],
      }),
      editions,
      newId,
    );
    if (!result.ok) throw new Error(result.error);
    const { snapshots, actions, sessions } = result.value.backup;
    for (const list of [snapshots, actions, sessions]) {
      const ids = list.map((item) => item.id);
      expect(new Set(ids).size).toBe(3);
      for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    }
    // The first of each keeps its id; the others keep everything but the id.
    expect(snapshots.map((item) => item.id)[0]).toBe('snap');
    expect(actions.map((item) => item.text)).toEqual(['Call Anna', 'Again', 'Call Anna']);
    expect(sessions.map((item) => [item.id === 'evening', item.name])).toEqual([
      [true, 'Board evening'],
      [false, 'Again'],
      [false, 'Board evening'],
    ]);
  });
});
