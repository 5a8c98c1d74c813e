import * as z from 'zod/mini';
import { fail, ok, type Result } from './result';
import { respondentSchema, type Session, sessionSchema, sessionsStateSpec } from './session';
import type { StoredStateSpec } from './stored-state';
import {
  docOf,
  type LiveItem,
  liveItems,
  makeStamp,
  type SyncedDoc,
  syncedDocSchema,
} from './synced-doc';
import { readHeader } from './versioned';

/**
 * Group sessions as stored items, so two tabs working on different sessions, respondents or
 * statements never overwrite each other:
 * - `s:<session>`: name, method, dates, edition (deleted for good with the session);
 * - `r:<session>:<respondent>`: one respondent's answers;
 * - `v:<session>:<question>`: the votes on one statement;
 * - `rv:<session>:<question>`: a statement whose votes are revealed;
 * - `rs:<session>`: the number of people in the room.
 * Items of a session that is gone are ignored.
 */
const metaSchema = z.object({
  id: sessionSchema.shape.id,
  name: sessionSchema.shape.name,
  createdAt: sessionSchema.shape.createdAt,
  method: sessionSchema.shape.method,
  questionnaireVersion: sessionSchema.shape.questionnaireVersion,
  retired: sessionSchema.shape.retired,
});
const countsSchema = z.record(z.string(), z.number().check(z.int(), z.gte(0), z.lte(100_000)));
const roomSizeSchema = sessionSchema.shape.roomSize;

/** Only a session's own item is deleted for good; the rest can be cleared and come back. */
export function sessionItemIsFinal(id: string): boolean {
  return id.startsWith('s:');
}

export function sessionItems(sessions: readonly Session[]): Map<string, unknown> {
  const items = new Map<string, unknown>();
  // Oldest first: sessions written together get stamps in this order, and are listed newest first.
  for (const session of [...sessions].reverse()) {
    const { respondents, tally, revealed, roomSize, ...meta } = session;
    items.set(`s:${session.id}`, meta);
    for (const respondent of respondents) items.set(`r:${session.id}:${respondent.id}`, respondent);
    for (const [questionId, counts] of Object.entries(tally)) {
      items.set(`v:${session.id}:${questionId}`, counts);
    }
    for (const questionId of revealed) items.set(`rv:${session.id}:${questionId}`, true);
    if (roomSize !== undefined) items.set(`rs:${session.id}`, roomSize);
  }
  return items;
}

/** `kind:session:rest` → its three parts (the rest may itself hold colons: respondent ids do). */
function partsOf(id: string): [string, string, string] {
  const first = id.indexOf(':');
  const second = id.indexOf(':', first + 1);
  if (second < 0) return [id.slice(0, first), id.slice(first + 1), ''];
  return [id.slice(0, first), id.slice(first + 1, second), id.slice(second + 1)];
}

const byFirstWrite = (a: LiveItem, b: LiveItem) => (a.c < b.c ? -1 : a.c > b.c ? 1 : 0);

/** Stored items checked or read between two pauses when a large doc is read in steps. */
const ITEMS_PER_STEP = 250;

/** Runs a stepwise reading to its end without pausing. */
function toEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The sessions held by stored items, newest first; respondents and revealed statements in order.
 * In steps: a `yield` after every few hundred items, so a caller can let the browser breathe.
 */
export function* sessionsFromItemsInSteps(
  items: readonly LiveItem[],
): Generator<void, Result<Session[], 'corrupt'>> {
  const sorted = [...items].sort(byFirstWrite);
  yield;
  const sessions = new Map<string, Session>();
  for (const { id, v } of sorted) {
    if (!id.startsWith('s:')) continue;
    const meta = metaSchema.safeParse(v);
    if (!meta.success) return fail('corrupt');
    const { retired, ...rest } = meta.data;
    sessions.set(id.slice(2), {
      ...rest,
      ...(retired ? { retired } : {}),
      respondents: [],
      tally: {},
      revealed: [],
    });
  }
  yield;
  let read = 0;
  for (const { id, v } of sorted) {
    read += 1;
    if (read % ITEMS_PER_STEP === 0) yield;
    const [kind, sessionId, rest] = partsOf(id);
    const session = sessions.get(sessionId);
    if (kind === 's' || !session) continue;
    if (kind === 'r') {
      const respondent = respondentSchema.safeParse(v);
      if (!respondent.success) return fail('corrupt');
      session.respondents.push(respondent.data);
    } else if (kind === 'v') {
      const counts = countsSchema.safeParse(v);
      if (!counts.success) return fail('corrupt');
      session.tally[rest] = counts.data;
    } else if (kind === 'rv') {
      session.revealed.push(rest);
    } else if (kind === 'rs') {
      const roomSize = roomSizeSchema.safeParse(v);
      if (!roomSize.success || roomSize.data === undefined) return fail('corrupt');
      session.roomSize = roomSize.data;
    }
  }
  return ok([...sessions.values()].reverse());
}

/** The sessions held by stored items, in one go (see sessionsFromItemsInSteps). */
export function sessionsFromItems(items: readonly LiveItem[]): Result<Session[], 'corrupt'> {
  return toEnd(sessionsFromItemsInSteps(items));
}

export const SESSIONS_DOC_VERSION = 2;

/** Version 2 stores items; version 1 stored `{ sessions: [...] }`, read here in its order. */
export const sessionsDocSpec: StoredStateSpec<SyncedDoc> = {
  version: SESSIONS_DOC_VERSION,
  schema: syncedDocSchema,
  migrations: {
    1: (state) => {
      const legacy = sessionsStateSpec.schema.parse(state);
      return docOf(sessionItems(legacy.sessions), (index) => makeStamp(0, index, 'legacy'));
    },
  },
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * Reads a stored sessions doc of today's version in steps: JSON, then the doc's check a few
 * hundred items at a time (the same schema as a whole read, see stored-state.ts), then the
 * sessions. A `yield` is a pause where the browser may paint; a large doc (10,000 respondents)
 * is then read without blocking the page. Anything else (an older or newer version, damage) is
 * `other`: the sync engine reads that the usual way, with its migrations and its care for
 * damaged data.
 */
export function* readSessionsDocInSteps(
  raw: string,
): Generator<void, Result<{ doc: SyncedDoc; sessions: Session[] }, 'other'>> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fail('other');
  }
  yield;
  const header = readHeader(json, { version: SESSIONS_DOC_VERSION });
  if (!header.ok || header.value.version !== SESSIONS_DOC_VERSION) return fail('other');
  const state = header.value.state;
  if (!isPlainObject(state) || !isPlainObject(state.items)) return fail('other');
  const frame = syncedDocSchema.safeParse({ ...state, items: {} });
  if (!frame.success) return fail('other');
  const entries = Object.entries(state.items);
  const items: SyncedDoc['items'] = {};
  const live: LiveItem[] = [];
  for (let start = 0; start < entries.length; start += ITEMS_PER_STEP) {
    yield;
    const part = syncedDocSchema.safeParse({
      ...frame.data,
      items: Object.fromEntries(entries.slice(start, start + ITEMS_PER_STEP)),
    });
    if (!part.success) return fail('other');
    Object.assign(items, part.data.items);
    live.push(...liveItems({ ...frame.data, items: part.data.items }));
  }
  const doc: SyncedDoc = { ...frame.data, items };
  const sessions = yield* sessionsFromItemsInSteps(live);
  return sessions.ok ? ok({ doc, sessions: sessions.value }) : fail('other');
}
