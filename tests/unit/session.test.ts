import { describe, expect, it } from 'vitest';
import {
  mergeRespondents,
  parseSessionsFile,
  type Session,
  toSessionsFile,
} from '@/domain/session';
import { MAX_IMPORT_BYTES } from '@/domain/session-format';

const session: Session = {
  id: 's1',
  name: 'Board evening',
  createdAt: '2026-11-01T19:00:00.000Z',
  method: 'merge',
  questionnaireVersion: '1',
  respondents: [{ id: 'r1', answers: '0123', addedAt: '2026-11-01T19:05:00.000Z' }],
  tally: { 'leadership.q1': { agree: 4 } },
  revealed: ['leadership.q1'],
};
const file = (overrides: object = {}) =>
  JSON.stringify({ ...toSessionsFile([session], '1', '2026-11-02T08:00:00.000Z'), ...overrides });

describe('parseSessionsFile', () => {
  it('reads back what it exported', () => {
    expect(parseSessionsFile(file(), '1')).toEqual({ ok: true, value: [session] });
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
    ['another questionnaire version', file({ questionnaireVersion: '2' }), 'otherQuestionnaire'],
  ])('refuses %s', (_label, text, reason) => {
    expect(parseSessionsFile(text, '1')).toEqual({ ok: false, error: reason });
  });

  it('refuses a file over the size limit without parsing it', () => {
    expect(parseSessionsFile(`${' '.repeat(MAX_IMPORT_BYTES + 1)}{}`, '1')).toEqual({
      ok: false,
      error: 'tooLarge',
    });
  });
});

describe('mergeRespondents', () => {
  it('counts the same respondent once, keeping the newest answers', () => {
    const result = mergeRespondents(session.respondents, [
      { id: 'r1', answers: '3333', addedAt: 'later' },
      { id: 'r2', answers: '1111', addedAt: 'later' },
      { id: 'r2', answers: '2222', addedAt: 'latest' },
    ]);
    expect(result.respondents.map((r) => [r.id, r.answers])).toEqual([
      ['r1', '3333'],
      ['r2', '2222'],
    ]);
    expect(result.added).toBe(1);
    expect(result.updated).toBe(2);
  });
});
