import { fail, ok, type Result } from '@/domain/result';
import { restoreStoredState, type StoredStateSpec } from '@/domain/stored-state';
import {
  applyChanges,
  type Clock,
  diffItems,
  emptyDoc,
  type LiveItem,
  latestStamp,
  liveItems,
  mergeDocs,
  type SyncedDoc,
  sameContent,
} from '@/domain/synced-doc';
import type { StorageError } from '@/lib/storage';

/** What a store holds, named for the user ("Your saved sessions could not be read"). */
export type DataName =
  | 'answers'
  | 'sessions'
  | 'records'
  | 'settings'
  | 'sheet'
  /** The lines of this collective's exchange card. */
  | 'card'
  /** Exchange cards gathered for regional matchmaking. */
  | 'cards';

/**
 * Why a change was not saved: storage full or blocked; or writing is held back because the stored
 * data could not be read (`unreadable`), was written by a newer version (`newer`) or is damaged
 * and could not be copied aside (`corrupt`). In each case the change is kept on screen.
 */
export type SaveError = StorageError | 'unreadable' | 'newer' | 'corrupt';
export type SaveResult = Result<void, SaveError>;

/** What the engine tells the user about (through the shell's notices). */
export type StorageIssue =
  | { kind: 'corrupt'; data: DataName; raw: string; backupKey: string | null }
  | { kind: 'newer'; data: DataName; raw: string }
  | { kind: 'unreadable'; data: DataName; error: StorageError }
  | { kind: 'unsaved'; data: DataName; error: SaveError };

/** The engine's window on storage: localStorage in the app, a fake with two tabs in tests. */
export type StorageBackend = {
  read: (key: string) => Result<string | null, StorageError>;
  write: (key: string, value: string) => Result<void, StorageError>;
  remove: (key: string) => Result<void, StorageError>;
  keys: (prefix: string) => Result<string[], StorageError>;
};

export type EngineEvents = {
  issue: (key: string, issue: StorageIssue) => void;
  /** A write or read worked again: "not saved" and "could not be read" no longer hold. */
  resolved: (key: string) => void;
  /** Another tab changed what this tab shows (now merged in). */
  changedElsewhere: (data: DataName) => void;
  /** Another tab deleted everything of this store (this tab now shows it empty). */
  erasedElsewhere: (data: DataName) => void;
};

export type SyncedConfig<S> = {
  key: string;
  data: DataName;
  /** The stored format: its version, and how older versions are read into a doc. */
  spec: StoredStateSpec<SyncedDoc>;
  toItems: (state: S) => Map<string, unknown>;
  fromItems: (items: readonly LiveItem[]) => Result<S, 'corrupt'>;
  /** Ids that are never used again, so their deletion is for good. */
  final: (id: string) => boolean;
  empty: () => S;
  /**
   * The doc and state already read from exactly this stored text, if any: a large doc read in
   * steps before the store started, so that start-up does not block the page.
   */
  preread?: (raw: string) => { doc: SyncedDoc; state: S } | null;
};

/** Backups of unreadable data kept per key, newest last; older ones make room. */
const BACKUPS_KEPT = 5;

export type SyncEngine<S> = {
  readonly state: S;
  /** Every id the stored doc knows, deleted ones too (an import must not reuse them). */
  knownIds: () => Set<string>;
  /**
   * Applies a change: it is merged into what is stored (other tabs' changes kept) and written.
   * `atomic`: when it cannot be saved, it is not applied either (an import that does not fit).
   */
  commit: (update: (state: S) => S, options?: { atomic?: boolean }) => SaveResult;
  /** Reads what other tabs saved and merges it in; writes back what this tab has that storage lacks. */
  refresh: () => void;
  /** Deletes everything of this store for good: a new generation that no other tab can undo. */
  erase: () => SaveResult;
  /** Tries again to read data that could not be read; writes stay held back until it works. */
  retry: () => SaveResult;
  /** Reads the store afresh, as when the page opens (what was not saved is dropped). */
  reload: () => void;
  subscribe: (listener: (state: S) => void) => () => void;
};

type Blocked = 'unreadable' | 'newer' | 'corrupt' | null;

export function createSyncEngine<S>(
  config: SyncedConfig<S>,
  backend: StorageBackend,
  events: EngineEvents,
  clock: Clock,
): SyncEngine<S> {
  const { key, data, spec } = config;
  const listeners = new Set<(state: S) => void>();
  let doc = emptyDoc();
  let state = config.empty();
  let blocked: Blocked = null;

  const emit = () => {
    for (const listener of listeners) listener(state);
  };
  const observe = (seen: SyncedDoc) => {
    const latest = latestStamp(seen);
    if (latest) clock.observe(latest);
  };
  const materialize = (from: SyncedDoc): Result<S, 'corrupt'> => config.fromItems(liveItems(from));

  /** Copies unreadable data aside under a key with the time, never over an earlier copy. */
  const backUp = (raw: string): string | null => {
    const prefix = `${key}:backup`;
    const existing = backend.keys(prefix);
    if (!existing.ok) return null;
    for (const other of existing.value) {
      const stored = backend.read(other);
      if (stored.ok && stored.value === raw) return other;
    }
    const time = `${prefix}:${new Date().toISOString()}`;
    let backupKey = time;
    // Two copies within one millisecond still get a key each.
    for (let n = 2; existing.value.includes(backupKey); n += 1) backupKey = `${time}-${n}`;
    if (!backend.write(backupKey, raw).ok) return null;
    const all = [...existing.value, backupKey].sort();
    for (const old of all.slice(0, Math.max(0, all.length - BACKUPS_KEPT))) backend.remove(old);
    return backupKey;
  };

  type Read =
    | { kind: 'doc'; doc: SyncedDoc; raw: string | null; state?: S }
    | { kind: 'blocked'; error: SaveError };

  /** Reads the stored doc; damaged data is copied aside (and then counts as empty). */
  const readStored = (): Read => {
    const read = backend.read(key);
    if (!read.ok && read.error === 'unavailable') {
      // No storage at all: nothing stored can be overwritten, so nothing is held back; every
      // change stays in this page only, and the notice says so.
      events.issue(key, { kind: 'unsaved', data, error: 'unavailable' });
      return { kind: 'blocked', error: 'unavailable' };
    }
    if (!read.ok) {
      blocked = 'unreadable';
      events.issue(key, { kind: 'unreadable', data, error: read.error });
      return { kind: 'blocked', error: 'unreadable' };
    }
    const raw = read.value;
    const preread = raw === null ? null : (config.preread?.(raw) ?? null);
    if (preread) return { kind: 'doc', doc: preread.doc, raw, state: preread.state };
    const restored = restoreStoredState(raw, spec);
    if (restored.ok) {
      const stored = restored.value ?? emptyDoc();
      const materialized = materialize(stored);
      if (materialized.ok) return { kind: 'doc', doc: stored, raw, state: materialized.value };
    } else if (restored.error === 'newer' && raw !== null) {
      blocked = 'newer';
      events.issue(key, { kind: 'newer', data, raw });
      return { kind: 'blocked', error: 'newer' };
    }
    if (raw === null) return { kind: 'doc', doc: emptyDoc(), raw };
    const backupKey = backUp(raw);
    events.issue(key, { kind: 'corrupt', data, raw, backupKey });
    if (backupKey === null) {
      // Without a safe copy, the damaged data must not be overwritten.
      blocked = 'corrupt';
      return { kind: 'blocked', error: 'corrupt' };
    }
    return { kind: 'doc', doc: emptyDoc(doc.generation), raw: null };
  };

  /** Writes `next` merged with what is stored now; the merged doc, or why it could not be saved. */
  const writeMerged = (next: SyncedDoc): Result<SyncedDoc, SaveError> => {
    const stored = readStored();
    if (stored.kind === 'blocked') return fail(stored.error);
    const merged = mergeDocs(stored.doc, next);
    merged.revision = stored.doc.revision + 1;
    if (stored.raw !== null && sameContent(merged, stored.doc)) return ok(stored.doc);
    const written = backend.write(key, JSON.stringify({ version: spec.version, state: merged }));
    if (!written.ok) return fail(written.error);
    return ok(merged);
  };

  /**
   * Takes `next` as this tab's doc. Where it holds what this tab expected (its own change), the
   * state on screen is `fallback` as it is; otherwise (other tabs' changes came in) it is read
   * from the doc.
   */
  const settle = (next: SyncedDoc, expected: SyncedDoc | null, fallback: S): void => {
    if (next.generation > doc.generation && Object.keys(doc.items).length > 0) {
      events.erasedElsewhere(data);
    }
    doc = next;
    observe(next);
    if (expected !== null && sameContent(next, expected)) {
      state = fallback;
      return;
    }
    const materialized = materialize(next);
    state = materialized.ok ? materialized.value : fallback;
  };

  const saved = () => events.resolved(key);

  /** Start-up: the stored state, read at once (no waiting for the first screen). */
  const load = () => {
    blocked = null;
    doc = emptyDoc();
    state = config.empty();
    const initial = readStored();
    if (initial.kind !== 'doc') return;
    doc = initial.doc;
    observe(doc);
    // Read once: the state read with the doc (damaged data set aside leaves none, so read it).
    const materialized = initial.state === undefined ? materialize(doc) : ok(initial.state);
    if (materialized.ok) state = materialized.value;
  };
  load();

  const engine: SyncEngine<S> = {
    get state() {
      return state;
    },
    knownIds: () => new Set(Object.keys(doc.items)),
    commit: (update, options = {}) => {
      const next = update(state);
      const before = new Map(liveItems(doc).map((item) => [item.id, item.v] as const));
      const changes = diffItems(before, config.toItems(next), config.final);
      if (changes.size === 0) {
        state = next;
        emit();
        return ok(undefined);
      }
      const candidate = applyChanges(doc, changes, clock.next);
      // A change to an item deleted for good is not made: the state is then read from the doc.
      const expected = [...changes.keys()].some((id) => doc.items[id]?.gone) ? null : candidate;
      const written: Result<SyncedDoc, SaveError> = blocked
        ? fail(blocked)
        : writeMerged(candidate);
      if (written.ok && written.value.generation > candidate.generation) {
        // Deleted in another tab before this tab heard of it: take the deletion in, then make
        // the change on what is left (one answer after "delete all" is one answer, not all back).
        settle(written.value, null, config.empty());
        saved();
        return engine.commit(update, options);
      }
      if (written.ok) {
        settle(written.value, expected, next);
        saved();
        emit();
        return ok(undefined);
      }
      // Atomic: not applied, and the caller says so for that one action ("the sessions could not
      // be saved"); nothing is left unsaved, so no lasting notice.
      if (options.atomic) return fail(written.error);
      // Kept on screen (and in this tab's doc), so a later write that works saves it too.
      doc = candidate;
      state = next;
      emit();
      if (
        written.error === 'quota' ||
        written.error === 'blocked' ||
        written.error === 'unavailable'
      ) {
        events.issue(key, { kind: 'unsaved', data, error: written.error });
      }
      return written.ok ? ok(undefined) : fail(written.error);
    },
    refresh: () => {
      if (blocked === 'newer') return;
      const stored = readStored();
      if (stored.kind === 'blocked') return;
      if (blocked === 'unreadable') {
        blocked = null;
        saved();
      }
      const merged = mergeDocs(doc, stored.doc);
      if (!sameContent(merged, stored.doc)) {
        // This tab holds changes that storage lacks (two tabs wrote at once): write them back.
        const written = writeMerged(merged);
        if (written.ok) merged.revision = written.value.revision;
      }
      if (sameContent(merged, doc)) return;
      const erased = merged.generation > doc.generation;
      settle(merged, doc, state);
      if (!erased) events.changedElsewhere(data);
      emit();
    },
    erase: () => {
      const stored = backend.read(key);
      const restored = stored.ok ? restoreStoredState(stored.value, spec) : null;
      const storedGeneration = restored?.ok ? (restored.value?.generation ?? 0) : 0;
      const next = emptyDoc(Math.max(doc.generation, storedGeneration) + 1);
      blocked = null;
      doc = next;
      state = config.empty();
      saved();
      emit();
      const backups = backend.keys(`${key}:backup`);
      if (backups.ok) for (const backupKey of backups.value) backend.remove(backupKey);
      // A marker with the generation and no data: a tab still showing the old data cannot write it back.
      return backend.write(key, JSON.stringify({ version: spec.version, state: next }));
    },
    retry: () => {
      blocked = null;
      // What this tab changed meanwhile, merged with what could not be read before.
      const written = writeMerged(doc);
      if (!written.ok) return fail(written.error);
      saved();
      settle(written.value, doc, state);
      emit();
      return ok(undefined);
    },
    reload: () => {
      load();
      emit();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return engine;
}
