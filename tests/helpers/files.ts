import { questionnaire } from '@/content/questionnaire';

/** The text of a sessions file as the app exports it (workshop → "Save sessions"), holding `sessions`. */
export function sessionsFileText(sessions: readonly object[]): string {
  return JSON.stringify({
    format: 'collective-scan-sessions',
    version: 1,
    questionnaireVersion: questionnaire.version,
    exportedAt: '2026-11-02T08:00:00.000Z',
    sessions,
  });
}

/** A merge session of today's edition with no respondents; `change` replaces any field. */
export function mergeSession(change: object = {}) {
  return {
    id: 'evening',
    name: 'Board evening',
    createdAt: '2026-11-01T19:00:00.000Z',
    method: 'merge',
    questionnaireVersion: questionnaire.version,
    respondents: [],
    tally: {},
    revealed: [],
    ...change,
  };
}
