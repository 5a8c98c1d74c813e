import { fail, ok } from '@/domain/result';
import { makeClock } from '@/domain/synced-doc';
import type { StorageError } from '@/lib/storage';
import {
  createSyncEngine,
  type EngineEvents,
  type StorageBackend,
  type StorageIssue,
  type SyncedConfig,
} from '@/stores/sync-engine';

/**
 * Browser storage shared by tabs, as Chromium keeps it: every tab reads its own copy, and a
 * write reaches the other tabs' copies (with a storage event) only when it is delivered. Until
 * then a tab reads what was stored before: a stale view, as in two tabs writing at one moment.
 */
export class SharedStorage {
  readonly stored = new Map<string, string>();
  readonly tabs: Tab[] = [];
  /** The same moment for every tab; each step of a test moves it on. */
  now = 1_700_000_000_000;

  openTab(): Tab {
    const tab = new Tab(this, `tab${this.tabs.length}`);
    this.tabs.push(tab);
    return tab;
  }

  /** Delivers every pending storage event (and what they cause) until all tabs agree. */
  settle(limit = 1000) {
    for (let round = 0; round < limit; round += 1) {
      const tab = this.tabs.find((candidate) => candidate.pending.length > 0);
      if (!tab) return;
      tab.deliver();
    }
    throw new Error('Tabs kept writing: storage never settled');
  }
}

export class Tab {
  readonly view: Map<string, string>;
  /** Storage events not yet seen: the key and the value written (null when removed). */
  readonly pending: { key: string; value: string | null }[] = [];
  readonly issues = new Map<string, StorageIssue>();
  readonly changed: string[] = [];
  readonly erased: string[] = [];
  failReads = false;
  failWrites: StorageError | null = null;
  private readonly refreshers = new Map<string, () => void>();
  readonly clock;

  constructor(
    private readonly shared: SharedStorage,
    readonly id: string,
  ) {
    this.view = new Map(shared.stored);
    this.clock = makeClock(id, () => shared.now);
  }

  readonly backend: StorageBackend = {
    read: (key) => (this.failReads ? fail('blocked') : ok(this.view.get(key) ?? null)),
    write: (key, value) => {
      if (this.failWrites) return fail(this.failWrites);
      this.view.set(key, value);
      this.shared.stored.set(key, value);
      for (const other of this.shared.tabs) if (other !== this) other.pending.push({ key, value });
      return ok(undefined);
    },
    remove: (key) => {
      this.view.delete(key);
      this.shared.stored.delete(key);
      for (const other of this.shared.tabs) {
        if (other !== this) other.pending.push({ key, value: null });
      }
      return ok(undefined);
    },
    keys: (prefix) => ok([...this.view.keys()].filter((key) => key.startsWith(prefix)).sort()),
  };

  readonly events: EngineEvents = {
    issue: (key, issue) => this.issues.set(key, issue),
    resolved: (key) => {
      const kind = this.issues.get(key)?.kind;
      if (kind === 'unsaved' || kind === 'unreadable') this.issues.delete(key);
    },
    changedElsewhere: (data) => this.changed.push(data),
    erasedElsewhere: (data) => this.erased.push(data),
  };

  /** A store of this tab, kept in step as the app does (a storage event makes it refresh). */
  open<S>(config: SyncedConfig<S>) {
    const engine = createSyncEngine(config, this.backend, this.events, this.clock);
    this.refreshers.set(config.key, () => engine.refresh());
    return engine;
  }

  /** The oldest storage event this tab has not seen yet: its view catches up, its stores refresh. */
  deliver() {
    const event = this.pending.shift();
    if (!event) return;
    if (event.value === null) this.view.delete(event.key);
    else this.view.set(event.key, event.value);
    this.refreshers.get(event.key)?.();
  }
}
