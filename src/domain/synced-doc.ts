import * as z from 'zod/mini';

/**
 * The one storage model of every store (scan, sessions, records, settings): what is stored is a
 * set of items (one answer, one session, one respondent, one snapshot, one plan step …), each
 * with the stamp of its last change. Two tabs that wrote at the same moment are merged item by
 * item, so both changes survive; deleting everything is a new generation no older write can undo.
 *
 * Stamps are hybrid clock readings, `mmmmmmmmm.cccc.tab`: the time in ms and a counter (base 36,
 * fixed width) and the writing tab's id. They sort as text in the order the changes were made,
 * also when a tab's clock lags: a tab's next stamp is always later than any stamp it has seen.
 */
export type Stamp = string;

/** An item as stored: `c` when it was first written (for its place in a list), `t` its last change. */
export type Entry = {
  c: Stamp;
  t: Stamp;
  /** The value; `null` for an item that was cleared and may come back (an answer taken away). */
  v?: unknown;
  /** Deleted for good: an id that is never used again (a session, a snapshot, a plan step). */
  gone?: true;
};

export type SyncedDoc = {
  /** Raised by "delete everything": items of an older generation are gone for good. */
  generation: number;
  /** Raised by every write, so a tab can tell whether the stored doc changed since it looked. */
  revision: number;
  items: Record<string, Entry>;
};

const stampSchema = z.string().check(z.regex(/^[0-9a-z]{9}\.[0-9a-z]{4}\.[0-9a-z-]{1,16}$/));
const count = z.number().check(z.int(), z.gte(0));

export const syncedDocSchema = z.object({
  generation: count,
  revision: count,
  items: z.record(
    z.string().check(z.maxLength(200)),
    z.object({
      c: stampSchema,
      t: stampSchema,
      v: z.optional(z.unknown()),
      gone: z.optional(z.literal(true)),
    }),
  ),
});

export function emptyDoc(generation = 0): SyncedDoc {
  return { generation, revision: 0, items: {} };
}

const MS_WIDTH = 9;
const COUNTER_WIDTH = 4;

/** A stamp for a moment (ms since 1970), a counter within that ms, and a tab id. */
export function makeStamp(ms: number, counter: number, tab: string): Stamp {
  const time = Math.max(0, Math.floor(ms)).toString(36).padStart(MS_WIDTH, '0');
  const within = Math.min(counter, 36 ** COUNTER_WIDTH - 1)
    .toString(36)
    .padStart(COUNTER_WIDTH, '0');
  return `${time}.${within}.${tab}`;
}

/** The time (ms since 1970) a stamp was made. */
export function stampTime(stamp: Stamp): number {
  return Number.parseInt(stamp.slice(0, MS_WIDTH), 36);
}

function stampCounter(stamp: Stamp): number {
  return Number.parseInt(stamp.slice(MS_WIDTH + 1, MS_WIDTH + 1 + COUNTER_WIDTH), 36);
}

export type Clock = {
  /** A stamp later than every stamp made or seen by this clock. */
  next: () => Stamp;
  /** Takes note of a stamp seen elsewhere, so the next one is later. */
  observe: (stamp: Stamp) => void;
};

/** A hybrid clock for one tab: wall time where it moves forward, a counter where it does not. */
export function makeClock(tab: string, now: () => number = Date.now): Clock {
  let lastMs = 0;
  let counter = 0;
  return {
    next: () => {
      const ms = now();
      if (ms > lastMs) {
        lastMs = ms;
        counter = 0;
      } else {
        counter += 1;
      }
      return makeStamp(lastMs, counter, tab);
    },
    observe: (stamp) => {
      const ms = stampTime(stamp);
      const seen = stampCounter(stamp);
      if (ms > lastMs || (ms === lastMs && seen > counter)) {
        lastMs = ms;
        counter = seen;
      }
    },
  };
}

/** Which of two entries of one item stands: deleted for good wins, then the later change. */
function winner(a: Entry, b: Entry): Entry {
  if (a.gone !== b.gone) return a.gone ? a : b;
  if (a.t === b.t) return a.c <= b.c ? a : b;
  return a.t > b.t ? a : b;
}

/**
 * Merges two versions of a doc, as two tabs wrote them. A newer generation wins as a whole (its
 * "delete everything" holds); within one generation each item keeps its latest change, and an
 * item deleted for good stays deleted. Commutative, associative and idempotent: the order in
 * which tabs see each other's writes does not matter.
 */
export function mergeDocs(a: SyncedDoc, b: SyncedDoc): SyncedDoc {
  const revision = Math.max(a.revision, b.revision);
  if (a.generation !== b.generation) {
    const newer = a.generation > b.generation ? a : b;
    return { ...newer, revision };
  }
  const items: Record<string, Entry> = { ...a.items };
  for (const [id, entry] of Object.entries(b.items)) {
    const mine = items[id];
    if (!mine) {
      items[id] = entry;
      continue;
    }
    const chosen = winner(mine, entry);
    // The first write of an item fixes its place in a list, whichever tab made it.
    // biome-ignore lint/complexity/useMathMinMax: stamps are text; Math.min would make them NaN.
    const first = mine.c <= entry.c ? mine.c : entry.c;
    items[id] = chosen.c === first ? chosen : { ...chosen, c: first };
  }
  return { generation: a.generation, revision, items };
}

/** Whether two docs hold the same items in the same generation (revisions aside). */
export function sameContent(a: SyncedDoc, b: SyncedDoc): boolean {
  if (a.generation !== b.generation) return false;
  const ids = Object.keys(a.items);
  if (ids.length !== Object.keys(b.items).length) return false;
  return ids.every((id) => {
    const x = a.items[id];
    const y = b.items[id];
    return y !== undefined && x?.t === y.t && x.c === y.c && x.gone === y.gone;
  });
}

/** The latest stamp in a doc, or null when it has no items. */
export function latestStamp(doc: SyncedDoc): Stamp | null {
  let latest: Stamp | null = null;
  for (const entry of Object.values(doc.items)) {
    if (latest === null || entry.t > latest) latest = entry.t;
  }
  return latest;
}

/** A change to one item: its new value, or `null` (cleared, may come back), or deleted for good. */
export type Change = { value: unknown } | { cleared: true } | { gone: true };

/**
 * Writes changes into a doc, each with the next stamp (so items first written together keep the
 * order they came in); an item deleted for good is never written again.
 */
export function applyChanges(
  doc: SyncedDoc,
  changes: ReadonlyMap<string, Change>,
  nextStamp: () => Stamp,
): SyncedDoc {
  const items = { ...doc.items };
  for (const [id, change] of changes) {
    const before = items[id];
    if (before?.gone) continue;
    const stamp = nextStamp();
    const c = before?.c ?? stamp;
    items[id] =
      'gone' in change
        ? { c, t: stamp, gone: true }
        : { c, t: stamp, v: 'value' in change ? change.value : null };
  }
  return { ...doc, items };
}

/** An item with a value, as a store reads it back: id, first-write and last-change stamps, value. */
export type LiveItem = { id: string; c: Stamp; t: Stamp; v: unknown };

/** The items that have a value (not cleared, not deleted), in no particular order. */
export function liveItems(doc: SyncedDoc): LiveItem[] {
  const live: LiveItem[] = [];
  for (const [id, entry] of Object.entries(doc.items)) {
    if (!entry.gone && entry.v !== null && entry.v !== undefined) {
      live.push({ id, c: entry.c, t: entry.t, v: entry.v });
    }
  }
  return live;
}

/** Whether an id was deleted for good in this doc (so an import must not reuse it). */
export function isGone(doc: SyncedDoc, id: string): boolean {
  return doc.items[id]?.gone === true;
}

/**
 * What changed between two item maps of a store's state (before → after): a new or different
 * value, or a missing item (cleared, or deleted for good where `final(id)` says its id is never
 * reused). Values are compared by reference first, then as JSON, so a store that keeps unchanged
 * objects as they were is compared quickly.
 */
export function diffItems(
  before: ReadonlyMap<string, unknown>,
  after: ReadonlyMap<string, unknown>,
  final: (id: string) => boolean,
): Map<string, Change> {
  const changes = new Map<string, Change>();
  for (const [id, value] of after) {
    const old = before.get(id);
    if (old === value) continue;
    if (old === undefined || JSON.stringify(old) !== JSON.stringify(value)) {
      changes.set(id, { value });
    }
  }
  for (const id of before.keys()) {
    if (!after.has(id)) changes.set(id, final(id) ? { gone: true } : { cleared: true });
  }
  return changes;
}

/** A doc of items written at one stamp per item, in list order (for data read from an older format). */
export function docOf(
  items: ReadonlyMap<string, unknown>,
  stampFor: (index: number) => Stamp,
): SyncedDoc {
  const doc = emptyDoc();
  let index = 0;
  for (const [id, value] of items) {
    const stamp = stampFor(index);
    doc.items[id] = { c: stamp, t: stamp, v: value };
    index += 1;
  }
  return doc;
}
