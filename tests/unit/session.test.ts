import { describe, expect, it } from 'vitest';
import { currentLayout, editions } from '@/content/editions';
import { encodeAnswers } from '@/domain/compact-answers';
import {
  mergeRespondents,
  parseSessionsFile,
  respondentNumber,
  type Session,
  toSessionsFile,
  upgradeSession,
} from '@/domain/session';
import { MAX_IMPORT_BYTES } from '@/domain/session-format';

const edition1 = editions.layouts['1'];
if (!edition1) throw new Error('The app reads edition 1');

const session: Session = {
  id: 's1',
  name: 'Board evening',
  createdAt: '2026-11-01T19:00:00.000Z',
  method: 'merge',
  questionnaireVersion: '2',
  respondents: [
    {
      id: 'r1',
      answers: encodeAnswers(currentLayout, { 'leadership.q7': 'mostly-true' }),
      addedAt: '2026-11-01T19:05:00.000Z',
    },
  ],
  tally: { 'leadership.q7': { 'mostly-true': 4 } },
  revealed: ['leadership.q7'],
};
const file = (overrides: object = {}) =>
  JSON.stringify({ ...toSessionsFile([session], '2', '2026-11-02T08:00:00.000Z'), ...overrides });

/** The same evening, held with the first edition of the questions. */
const sessionOfEdition1: Session = {
  ...session,
  questionnaireVersion: '1',
  respondents: [
    {
      id: 'r1',
      answers: encodeAnswers(edition1, {
        'leadership.q1': 'agree',
        'recognition.q5': 'disagree',
      }),
      addedAt: '2026-11-01T19:05:00.000Z',
    },
  ],
  tally: {
    'leadership.q1': { agree: 3 },
    'community-building.q5': { agree: 4, 'dont-know': 1 },
  },
  revealed: ['leadership.q1', 'community-building.q5'],
};

describe('parseSessionsFile', () => {
  it('reads back what it exported', () => {
    expect(parseSessionsFile(file(), editions)).toEqual({ ok: true, value: [session] });
  });

  it('reads a session of edition 1 into edition 2', () => {
    const text = JSON.stringify(
      toSessionsFile([sessionOfEdition1], '1', '2026-11-02T08:00:00.000Z'),
    );
    const parsed = parseSessionsFile(text, editions);
    expect(parsed.ok && parsed.value.map((read) => read.questionnaireVersion)).toEqual(['2']);
  });

  it.each([
    ['an empty file', '   ', 'empty'],
    ['a binary file', '\u0000\u0001PNG\u0002', 'binary'],
    ['truncated JSON', file().slice(0, 60), 'notJson'],
    ['deeply nested JSON', `${'['.repeat(5000)}${']'.repeat(5000)}`, 'tooDeep'],
    [
      'an unknown format',
      JSON.stringify({ format: 'something-else', version: 1 }),
      'unknownFormat',
    ],
    ['a newer format version', file({ version: 2 }), 'newerVersion'],
    [
      'a session with a bad field',
      file({ sessions: [{ ...session, tally: { x: { y: -1 } } }] }),
      'invalid',
    ],
    [
      'a session of an edition the app does not know',
      file({ sessions: [{ ...session, questionnaireVersion: '9' }] }),
      'otherQuestionnaire',
    ],
    [
      'a respondent whose answers do not fit their edition',
      file({
        sessions: [{ ...session, questionnaireVersion: '1' }],
      }),
      'invalid',
    ],
  ])('refuses %s', (_label, text, reason) => {
    expect(parseSessionsFile(text, editions)).toEqual({ ok: false, error: reason });
  });

  it('refuses a file over the size limit without parsing it', () => {
    expect(parseSessionsFile(`${' '.repeat(MAX_IMPORT_BYTES + 1)}{}`, editions)).toEqual({
      ok: false,
      error: 'tooLarge',
    });
  });
});

describe('imported sessions are reachable and count each member once', () => {
  const many = (sessions: unknown[]) =>
    JSON.stringify({ ...toSessionsFile([], '2', '2026-11-02T08:00:00.000Z'), sessions });
  const respondent = (id: string, addedAt: string, answer = 'mostly-true') => ({
    id,
    answers: encodeAnswers(currentLayout, { 'leadership.q7': answer }),
    addedAt,
  });
  const read = (text: string) => {
    let counter = 0;
    const parsed = parseSessionsFile(text, editions, () => {
      counter += 1;
      return `new-${counter}`;
    });
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  };

  it('gives the second of two sessions with the same id a new id: both can be opened', () => {
    const sessions = read(many([session, { ...session, name: 'The same id again' }]));
    expect(sessions.map(({ id, name }) => [id, name])).toEqual([
      ['s1', 'Board evening'],
      ['new-1', 'The same id again'],
    ]);
  });

  it.each([
    ['characters a route cannot hold', 'a/b#c?d'],
    ['nothing', ''],
    ['65 characters', 'x'.repeat(65)],
    ['a space', 'board evening'],
  ])('gives a session whose id has %s a new safe id', (_label, id) => {
    const [read1] = read(many([{ ...session, id }]));
    expect(read1?.id).toBe('new-1');
    expect(read1?.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  it('keeps safe respondent ids, and replaces an unsafe one the same way wherever it occurs', () => {
    const sessions = read(
      many([
        {
          ...session,
          respondents: [respondent('anna', '2026-11-01'), respondent('b/#?', '2026-11-01')],
        },
        { ...session, id: 's2', respondents: [respondent('b/#?', '2026-11-02')] },
      ]),
    );
    expect(sessions.map((read1) => read1.respondents.map(({ id }) => id))).toEqual([
      ['anna', 'new-1'],
      ['new-1'],
    ]);
  });

  it('replaces an unsafe respondent id in what an earlier edition kept the same way', () => {
    const old = {
      ...sessionOfEdition1,
      respondents: [{ ...sessionOfEdition1.respondents[0], id: 'a b' }],
    };
    const [upgraded] = read(many([old]));
    expect(upgraded?.respondents.map(({ id }) => id)).toEqual(['new-1']);
    expect(upgraded?.retired?.respondents.map(({ id }) => id)).toEqual(['new-1']);
  });

  it('counts a respondent listed twice in one session once: the answers shared last win', () => {
    const [read1] = read(
      many([
        {
          ...session,
          respondents: [
            respondent('anna', '2026-11-01', 'not-true'),
            respondent('bram', '2026-11-01'),
            respondent('anna', '2026-11-03', 'completely-true'),
            respondent('anna', '2026-11-02', 'mostly-true'),
          ],
        },
      ]),
    );
    expect(read1?.respondents).toEqual([
      respondent('anna', '2026-11-03', 'completely-true'),
      respondent('bram', '2026-11-01'),
    ]);
  });

  it.each([
    [
      'a respondent with no answers',
      [
        {
          ...session,
          respondents: [respondent('r', '2026-11-01')].map((r) => ({ ...r, answers: '' })),
        },
      ],
    ],
    [
      'a respondent with 500 answers',
      [
        {
          ...session,
          respondents: [{ ...respondent('r', '2026-11-01'), answers: '.'.repeat(500) }],
        },
      ],
    ],
    [
      'a vote on a statement that does not exist',
      [{ ...session, tally: { 'leadership.q99': { agree: 1 } } }],
    ],
    [
      'a vote for an answer the statement does not have',
      [{ ...session, tally: { 'leadership.q7': { maybe: 1 } } }],
    ],
    ['a session created on 30 February', [{ ...session, createdAt: '2026-02-30T19:00:00.000Z' }]],
    [
      'a respondent added "yesterday"',
      [{ ...session, respondents: [respondent('r', 'yesterday')] }],
    ],
    [
      'a tally wider than any file of this app',
      [
        {
          ...session,
          tally: Object.fromEntries(Array.from({ length: 1500 }, (_, n) => [`t${n}.q1`, {}])),
        },
      ],
    ],
  ])('refuses %s: nothing is added', (_label, sessions) => {
    expect(parseSessionsFile(many(sessions), editions)).toEqual({ ok: false, error: 'invalid' });
  });
});

describe('upgradeSession', () => {
  it("leaves a session of today's edition as it is", () => {
    expect(upgradeSession(editions, session)).toEqual({ ok: true, value: session });
  });

  it('keeps answers and votes by id, and keeps the session as it was until it is let go', () => {
    const upgraded = upgradeSession(editions, sessionOfEdition1);
    expect(upgraded).toEqual({
      ok: true,
      value: {
        ...sessionOfEdition1,
        questionnaireVersion: '2',
        respondents: [
          {
            id: 'r1',
            answers: encodeAnswers(currentLayout, { 'recognition.q5': 'disagree' }),
            addedAt: '2026-11-01T19:05:00.000Z',
          },
        ],
        tally: { 'community-building.q5': { agree: 4, 'dont-know': 1 } },
        revealed: ['community-building.q5'],
        retired: {
          questionnaireVersion: '1',
          respondents: [{ id: 'r1', answers: sessionOfEdition1.respondents[0]?.answers }],
          tally: sessionOfEdition1.tally,
          statements: ['leadership.q1'],
        },
      },
    });
  });

  it('refuses a session of an edition the app does not know', () => {
    expect(upgradeSession(editions, { ...session, questionnaireVersion: '9' })).toEqual({
      ok: false,
      error: 'otherQuestionnaire',
    });
  });
});

describe('mergeRespondents', () => {
  const first = '2026-11-01T19:05:00.000Z';
  const later = '2026-11-01T19:30:00.000Z';
  const latest = '2026-11-01T20:00:00.000Z';

  it('counts the same respondent once, keeping the answers shared last', () => {
    const result = mergeRespondents(session.respondents, [
      { id: 'r1', answers: '3333', addedAt: later },
      { id: 'r2', answers: '1111', addedAt: later },
      { id: 'r2', answers: '2222', addedAt: latest },
    ]);
    expect(result.respondents.map((r) => [r.id, r.answers])).toEqual([
      ['r1', '3333'],
      ['r2', '2222'],
    ]);
    expect(result.outcomes).toEqual(['updated', 'added', 'updated']);
  });

  it('keeps the newer answers whatever order the links come in', () => {
    const newer = { id: 'r2', answers: '2222', addedAt: latest };
    const older = { id: 'r2', answers: '1111', addedAt: later };
    const result = mergeRespondents([], [newer, older]);
    expect(result.respondents).toEqual([newer]);
    expect(result.outcomes).toEqual(['added', 'older']);
  });

  it('calls the same answers again a duplicate', () => {
    const again = { id: 'r1', answers: session.respondents[0]?.answers ?? '', addedAt: first };
    const result = mergeRespondents(session.respondents, [again]);
    expect(result.respondents).toEqual(session.respondents);
    expect(result.outcomes).toEqual(['duplicate']);
  });
});

describe('respondentNumber', () => {
  it("is the respondent's place in the list, from 1, as the list shows unnamed respondents", () => {
    const list = [
      { id: 'a', answers: '', addedAt: '2026-11-01' },
      { id: 'b', answers: '', addedAt: '2026-11-01' },
    ];
    expect(respondentNumber(list, 'b')).toBe(2);
    expect(respondentNumber(list, 'a')).toBe(1);
  });
});
