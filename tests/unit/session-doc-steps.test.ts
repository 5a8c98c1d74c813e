import { describe, expect, it } from 'vitest';
import { questionnaire } from '@/content/questionnaire';
import { emptyCompactAnswers } from '@/domain/compact-answers';
import { layoutOf } from '@/domain/questionnaire';
import { ok } from '@/domain/result';
import type { Session } from '@/domain/session';
import {
  readSessionsDocInSteps,
  SESSIONS_DOC_VERSION,
  sessionItems,
  sessionsDocSpec,
  sessionsFromItems,
  sessionsFromItemsInSteps,
} from '@/domain/session-items';
import { restoreStoredState } from '@/domain/stored-state';
import { docOf, liveItems, makeStamp, type SyncedDoc } from '@/domain/synced-doc';

const layout = layoutOf(questionnaire);

function session(id: string, respondents: number): Session {
  return {
    id,
    name: `Session ${id}`,
    createdAt: '2026-11-01T19:00:00.000Z',
    method: 'merge',
    questionnaireVersion: questionnaire.version,
    respondents: Array.from({ length: respondents }, (_, n) => ({
      id: `r${n}`,
      answers: emptyCompactAnswers(layout).replace(/^./, String(n % 5)),
      addedAt: '2026-11-01T19:00:00.000Z',
    })),
    tally: { 'leadership.q1': { agree: 2 } },
    revealed: ['leadership.q1'],
    roomSize: 30,
  };
}

/** A stored sessions doc as the sync engine writes it. */
function stored(sessions: Session[]): { doc: SyncedDoc; raw: string } {
  const doc = docOf(sessionItems(sessions), (index) => makeStamp(1_700_000_000_000, index, 'tab'));
  doc.revision = 7;
  return { doc, raw: JSON.stringify({ version: SESSIONS_DOC_VERSION, state: doc }) };
}

/** Runs stepwise reading to its end; how many pauses it offered, and its result. */
function run<T>(steps: Generator<void, T>): { pauses: number; value: T } {
  for (let pauses = 0; ; pauses += 1) {
    const next = steps.next();
    if (next.done) return { pauses, value: next.value };
  }
}

describe('a large stored sessions doc, read in steps', () => {
  it('gives the same doc and sessions as a read in one go, pausing every few hundred items', () => {
    const sessions = [session('big', 2000), session('small', 3)];
    const { raw } = stored(sessions);
    const { pauses, value } = run(readSessionsDocInSteps(raw));
    const whole = restoreStoredState(raw, sessionsDocSpec);
    if (!value.ok || !whole.ok || !whole.value) throw new Error('not read');
    expect(value.value.doc).toEqual(whole.value);
    expect(ok(value.value.sessions)).toEqual(sessionsFromItems(liveItems(whole.value)));
    expect(value.value.sessions.map((s) => s.respondents.length)).toEqual([2000, 3]);
    expect(value.value.sessions[0]).toEqual(sessions[0]);
    expect(pauses).toBeGreaterThan(10);
  });

  it('leaves an older, newer, damaged or invalid doc to the engine, which reads it with care', () => {
    const { doc } = stored([session('a', 2)]);
    const first = Object.keys(doc.items)[0] ?? '';
    const badStamp = { ...doc, items: { ...doc.items, [first]: { c: 'x', t: 'y', v: 1 } } };
    const badRespondent = {
      ...doc,
      items: { ...doc.items, 'r:a:r0': { c: doc.items[first]?.c, t: doc.items[first]?.t, v: 3 } },
    };
    for (const raw of [
      '{"version":2,"state":',
      JSON.stringify({ version: 1, state: { sessions: [] } }),
      JSON.stringify({ version: 3, state: doc }),
      JSON.stringify({ version: 2, state: { ...doc, generation: -1 } }),
      JSON.stringify({ version: 2, state: { ...doc, items: [] } }),
      JSON.stringify({ version: 2, state: badStamp }),
      JSON.stringify({ version: 2, state: badRespondent }),
    ]) {
      expect(run(readSessionsDocInSteps(raw)).value).toEqual({ ok: false, error: 'other' });
    }
  });

  it('reads the sessions of stored items alike, in steps or in one go', () => {
    const { doc } = stored([session('a', 600), session('b', 0)]);
    const items = liveItems(doc);
    const stepwise = run(sessionsFromItemsInSteps(items));
    expect(stepwise.value).toEqual(sessionsFromItems(items));
    expect(stepwise.pauses).toBeGreaterThan(2);
  });
});
