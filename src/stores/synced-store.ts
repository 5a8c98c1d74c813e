import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { makeClock } from '@/domain/synced-doc';
import { randomId } from '@/lib/ids';
import { listKeys, onItemChangedElsewhere, readItem, removeItem, writeItem } from '@/lib/storage';
import { useAppStatus } from './app-status';
import { useStorageStatus } from './storage-status';
import {
  createSyncEngine,
  type SaveResult,
  type StorageBackend,
  type SyncEngine,
  type SyncedConfig,
} from './sync-engine';

const localStorageBackend: StorageBackend = {
  read: readItem,
  write: writeItem,
  remove: removeItem,
  keys: listKeys,
};

/** One clock for every store of this tab: its stamps are later than any it has seen. */
const tabClock = makeClock(
  randomId()
    .replace(/[^0-9a-z]/gi, '')
    .slice(0, 12)
    .toLowerCase(),
);

/** Every synced store of the app by storage key, so "delete everything" and tab syncing reach them all. */
export const syncedEngines = new Map<string, SyncEngine<unknown>>();

export type Commit<S> = (update: (state: S) => S, options?: { atomic?: boolean }) => SaveResult;

type Tools<S> = { commit: Commit<S>; get: () => S; engine: SyncEngine<S> };

/**
 * A zustand store kept in storage by the sync engine (sync-engine.ts): its state is what the
 * engine holds, and every change goes through `commit`, which saves it merged with other tabs'.
 */
export function createSyncedStore<S extends object, A extends object>(
  config: SyncedConfig<S>,
  actions: (tools: Tools<S>) => A,
): UseBoundStore<StoreApi<S & A>> & { sync: SyncEngine<S> } {
  const status = useStorageStatus.getState();
  const engine = createSyncEngine(
    config,
    localStorageBackend,
    {
      issue: status.report,
      resolved: status.resolve,
      changedElsewhere: (data) => useAppStatus.getState().noteElsewhere(data, 'changed'),
      erasedElsewhere: (data) => useAppStatus.getState().noteElsewhere(data, 'erased'),
    },
    tabClock,
  );
  syncedEngines.set(config.key, engine as SyncEngine<unknown>);
  // Each store listens from the moment it exists: most are created with a lazily loaded screen,
  // after start-up, and must still hear another tab's changes at once.
  onItemChangedElsewhere(config.key, () => engine.refresh());
  const tools: Tools<S> = {
    commit: (update, options) => engine.commit(update, options),
    get: () => engine.state,
    engine,
  };
  const bound = actions(tools);
  const store = create<S & A>()(() => ({ ...engine.state, ...bound }));
  const show = store.setState;
  // Replace, not merge: a field the new state lacks (e.g. retired answers let go) must go.
  engine.subscribe((state) => show({ ...state, ...bound } as S & A, true));
  // Whoever sets the store's state directly goes through the engine too, so it is saved.
  store.setState = (partial, replace) =>
    void engine.commit((state) => {
      const change = typeof partial === 'function' ? partial({ ...state, ...bound }) : partial;
      return (replace ? change : { ...state, ...change }) as S;
    });
  return Object.assign(store, { sync: engine });
}
