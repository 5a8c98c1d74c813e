import { describe, expect, it } from 'vitest';
import { BACKUP_REMINDER_DAYS, backupReminderDue } from '@/domain/backup-reminder';

const changed = '2026-03-01T10:00:00.000Z';
const later = (days: number, from = changed) =>
  new Date(Date.parse(from) + days * 24 * 60 * 60 * 1000);
const none = { savedAt: null, dismissedAt: null };

describe('backupReminderDue: remind once when answers sit unsaved to a file for days', () => {
  it.each([
    ['answers unsaved for exactly the limit', 10, changed, none, BACKUP_REMINDER_DAYS, true],
    ['answers unsaved for a week', 10, changed, none, 7, true],
    ['answers changed yesterday', 10, changed, none, 1, false],
    ['just under the limit', 10, changed, none, BACKUP_REMINDER_DAYS - 0.01, false],
    ['no answers', 0, changed, none, 30, false],
    ['never changed', 10, null, none, 30, false],
    [
      'saved to a file after the last change',
      10,
      changed,
      { savedAt: later(0.5).toISOString(), dismissedAt: null },
      30,
      false,
    ],
    [
      'saved to a file before the last change',
      10,
      changed,
      { savedAt: later(-5).toISOString(), dismissedAt: null },
      4,
      true,
    ],
    [
      'closed by the user, never saved',
      10,
      changed,
      { savedAt: null, dismissedAt: later(4).toISOString() },
      40,
      false,
    ],
    [
      'closed before a later save, then answers changed and sat again',
      10,
      changed,
      { savedAt: later(-5).toISOString(), dismissedAt: later(-9).toISOString() },
      4,
      true,
    ],
    [
      'closed after the last save',
      10,
      changed,
      { savedAt: later(-5).toISOString(), dismissedAt: later(-1).toISOString() },
      4,
      false,
    ],
  ] as const)('%s', (_name, answerCount, answersUpdatedAt, state, days, due) => {
    expect(backupReminderDue({ answerCount, answersUpdatedAt, state, now: later(days) })).toBe(due);
  });
});
