import { describe, expect, it } from 'vitest';
import { SCAN_STATE_VERSION, scanStateSpec } from '@/domain/scan-state';
import { restoreStoredState } from '@/domain/stored-state';

const state = {
  questionnaireVersion: '2',
  profile: { members: 80, volunteers: 12, paidStaff: 'none' },
  answers: { 'leadership.q7': 'mostly-true', 'leadership.q8': 'not-applicable' },
  updatedAt: '2026-11-01T10:00:00.000Z',
};
const envelope = (value: unknown, version = SCAN_STATE_VERSION) =>
  JSON.stringify({ state: value, version });

describe('restoreStoredState', () => {
  it('gives null when nothing is stored', () => {
    expect(restoreStoredState(null, scanStateSpec)).toEqual({ ok: true, value: null });
  });

  it('reads a valid state of the current version', () => {
    expect(restoreStoredState(envelope(state), scanStateSpec)).toEqual({ ok: true, value: state });
  });

  it('migrates version 1 (no questionnaire version, no change time: the first edition of the questions)', () => {
    const v1 = { profile: { members: 80 }, answers: { 'leadership.q1': 'agree' } };
    expect(restoreStoredState(envelope(v1, 1), scanStateSpec)).toEqual({
      ok: true,
      value: { ...v1, questionnaireVersion: '1', updatedAt: null },
    });
  });

  it.each([
    ['broken JSON', '{"state": {"answers": '],
    ['not an envelope', JSON.stringify({ answers: {} })],
    ['a wrong answer shape', envelope({ ...state, answers: { 'leadership.q7': 4 } })],
    ['a bad question id', envelope({ ...state, answers: { '../etc': 'agree' } })],
    ['members out of range', envelope({ ...state, profile: { members: -3 } })],
    ['a negative number of volunteers', envelope({ ...state, profile: { volunteers: -1 } })],
    ['an unknown answer about paid staff', envelope({ ...state, profile: { paidStaff: 'lots' } })],
    ['an unknown old version', envelope(state, 0)],
    ['plain text', 'hello'],
  ])('reports %s as corrupt', (_label, raw) => {
    expect(restoreStoredState(raw, scanStateSpec)).toEqual({ ok: false, error: 'corrupt' });
  });

  it('reports a newer version without touching it', () => {
    expect(restoreStoredState(envelope(state, SCAN_STATE_VERSION + 1), scanStateSpec)).toEqual({
      ok: false,
      error: 'newer',
    });
  });
});
