import { readFileSync } from 'node:fs';
import { decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { editions } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { parseBackup } from '@/domain/backup';
import { decodeAnswers } from '@/domain/compact-answers';
import { keepKnownAnswers } from '@/domain/editions';
import { allQuestions, optionsOf } from '@/domain/questionnaire';
import { scanStateSpec, upgradeScan } from '@/domain/scan-state';
import { parseSessionsFile } from '@/domain/session';
import { parseAnswersShare } from '@/domain/share';
import { parseSharedResults, scoresFromShared } from '@/domain/shared-results';
import { restoreStoredState } from '@/domain/stored-state';

/**
 * Data written by edition 1 opens in today's edition: answers to statements that still exist are
 * kept, the others are returned (listed to the user before they go), new statements stay open.
 */
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/edition-1/${name}`, import.meta.url), 'utf8').trim();
const payload = (name: string) => decompressFromEncodedURIComponent(fixture(name));

/** The value of a successful result; a failed one fails the test (never a silent early return). */
function value<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`Expected success, got ${result.error}`);
  return result.value;
}

/** The statements edition 2 kept unchanged from edition 1 (same id, same options). */
const UNCHANGED = [
  'community-building.q5',
  'member-responsibility.q4',
  'member-recruitment.q4',
  'sham-participation.q5',
  'recognition.q5',
];
const edition1 = editions.layouts['1'];
const current = new Set(allQuestions(questionnaire).map((question) => question.id));

describe('the editions the app can read', () => {
  it('keeps the layout of edition 1 as shipped: 58 statements in order', () => {
    expect(edition1?.questions).toHaveLength(58);
    expect(edition1?.questions[0]?.id).toBe('financing-perspective.q1');
    expect(edition1?.questions.at(-1)?.id).toBe('recognition.q5');
  });

  it('never reuses an id of edition 1 for a different statement: shared ids keep their options', () => {
    const shared = (edition1?.questions ?? []).filter((question) => current.has(question.id));
    expect(shared.map((question) => question.id).sort()).toEqual([...UNCHANGED].sort());
    for (const old of shared) {
      const now = allQuestions(questionnaire).find((question) => question.id === old.id);
      expect(now && optionsOf(questionnaire, now).map((option) => option.id)).toEqual(old.options);
    }
  });

  it('sorts answers into kept and let go, by id', () => {
    expect(
      keepKnownAnswers(questionnaire, {
        'recognition.q5': 'agree',
        'recognition.q1': 'agree',
        'member-recruitment.q4': 'dont-know',
        'recognition.q6': 'maybe',
      }),
    ).toEqual({
      kept: { 'recognition.q5': 'agree', 'member-recruitment.q4': 'dont-know' },
      dropped: { 'recognition.q1': 'agree', 'recognition.q6': 'maybe' },
    });
  });
});

describe('a stored scan of edition 1', () => {
  const stored = value(restoreStoredState(fixture('scan-storage.json'), scanStateSpec));
  if (!stored) throw new Error('The fixture holds a scan');

  it('is read, then upgraded: five answers kept, 53 kept apart as retired', () => {
    const upgraded = upgradeScan(questionnaire, stored);
    expect(upgraded.questionnaireVersion).toBe('2');
    expect(Object.keys(upgraded.answers).sort()).toEqual([...UNCHANGED].sort());
    expect(upgraded.retired?.questionnaireVersion).toBe('1');
    expect(Object.keys(upgraded.retired?.answers ?? {})).toHaveLength(53);
    // Nothing is lost: kept and retired together are every answer of the edition-1 scan.
    expect({ ...upgraded.answers, ...upgraded.retired?.answers }).toEqual(stored.answers);
    // New statements are simply unanswered.
    expect(upgraded.answers['recognition.q6']).toBeUndefined();
  });

  it("is upgraded only once: today's scan stays as it is", () => {
    const once = upgradeScan(questionnaire, stored);
    expect(upgradeScan(questionnaire, once)).toBe(once);
  });
});

describe('a backup file of edition 1', () => {
  const parsed = value(parseBackup(fixture('backup.json'), editions));

  it('opens with its scan read into edition 2 and the 53 answers that no longer count listed', () => {
    expect(parsed.fromEdition).toBe('1');
    expect(Object.keys(parsed.backup.scan.answers).sort()).toEqual([...UNCHANGED].sort());
    expect(Object.keys(parsed.dropped)).toHaveLength(53);
    expect(parsed.backup.questionnaireVersion).toBe('2');
  });

  it('reads its session into edition 2 and keeps the session as it was', () => {
    expect(parsed.upgradedSessions).toBe(1);
    const [session] = parsed.backup.sessions;
    expect(session?.questionnaireVersion).toBe('2');
    expect(session?.retired?.questionnaireVersion).toBe('1');
    expect(session?.retired?.statements).toHaveLength(53);
    const anna = session?.respondents.find((respondent) => respondent.id === 'member-anna');
    const decoded = anna
      ? decodeAnswers(editions.layouts['2'] ?? { version: '', questions: [] }, anna.answers)
      : null;
    expect(decoded?.ok && Object.keys(decoded.value).sort()).toEqual([...UNCHANGED].sort());
  });

  it('keeps its snapshots and plan steps as they were', () => {
    expect(parsed.backup.snapshots[0]?.name).toBe('Scan November');
    expect(parsed.backup.actions[0]?.adviceKey).toBe('leadership.low.small.s1');
  });
});

describe('a sessions file of edition 1', () => {
  const parsed = value(parseSessionsFile(fixture('sessions.json'), editions));

  it('opens both sessions in edition 2, respondents and tally read by id', () => {
    const [merge, tally] = parsed;
    expect(merge?.respondents).toHaveLength(2);
    expect(
      merge?.respondents.every((r) => r.answers.length === allQuestions(questionnaire).length),
    ).toBe(true);
    // The tally keeps the votes on the unchanged statement and lets the removed one go.
    expect(tally?.tally).toEqual({
      'community-building.q5': { agree: 4, disagree: 2, 'dont-know': 1 },
    });
    expect(tally?.revealed).toEqual(['community-building.q5']);
    expect(tally?.retired?.statements).toEqual(['leadership.q1']);
    expect(tally?.retired?.tally['leadership.q1']).toEqual({ agree: 3 });
  });

  it('refuses a session of an edition this app does not know, and changes nothing', () => {
    const unknown = fixture('sessions.json').replaceAll(
      '"questionnaireVersion": "1"',
      '"questionnaireVersion": "9"',
    );
    expect(parseSessionsFile(unknown, editions)).toEqual({
      ok: false,
      error: 'otherQuestionnaire',
    });
  });
});

describe("a member's join link of edition 1", () => {
  it('is read into edition 2: the five unchanged answers count, 53 are left out', () => {
    const parsed = value(parseAnswersShare(payload('join-payload.txt'), editions));
    expect(parsed.fromEdition).toBe('1');
    expect(Object.keys(parsed.dropped)).toHaveLength(53);
    expect(parsed.share.questionnaireVersion).toBe('2');
    expect(parsed.share.name).toBe('Anna');
    const decoded = decodeAnswers(
      editions.layouts['2'] ?? { version: '', questions: [] },
      parsed.share.answers,
    );
    expect(decoded.ok && decoded.value['sham-participation.q5']).toBeTruthy();
  });
});

describe('a results link of edition 1', () => {
  it('opens read-only with its scores as shared', () => {
    const parsed = value(
      parseSharedResults(payload('results-payload.txt'), Object.keys(editions.layouts)),
    );
    expect(parsed.questionnaireVersion).toBe('1');
    const scores = scoresFromShared(questionnaire, parsed);
    expect(scores.themes.find((theme) => theme.themeId === 'leadership')?.score).toBe(35);
    expect(scores.overall).toBe(58);
  });

  it('is refused when it names an edition the app does not know', () => {
    expect(parseSharedResults(payload('results-payload.txt'), ['2'])).toEqual({
      ok: false,
      error: 'otherQuestionnaire',
    });
  });
});
