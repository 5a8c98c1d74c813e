import * as z from 'zod/mini';
import { fail, ok, type Result } from './result';
import { respondentSchema, type Session, sessionSchema, sessionsStateSpec } from './session';
import type { StoredStateSpec } from './stored-state';
import { docOf, type LiveItem, makeStamp, type SyncedDoc, syncedDocSchema } from './synced-doc';

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

/** The sessions held by stored items, newest first; respondents and revealed statements in order. */
export function sessionsFromItems(items: readonly LiveItem[]): Result<Session[], 'corrupt'> {
  const sorted = [...items].sort(byFirstWrite);
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
  for (const { id, v } of sorted) {
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
