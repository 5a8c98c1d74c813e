import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { restoreStoredState, type StoredStateSpec } from '@/domain/stored-state';
import { readItem, removeItem, writeItem } from '@/lib/storage';
import { useStorageStatus } from './storage-status';

/** Where a copy of unreadable data goes before anything else may be written. */
export function backupKeyFor(key: string): string {
  return `${key}:backup`;
}

/**
 * A zustand PersistStorage that never loses what is stored: unreadable data is copied to a backup
 * key first, data from a newer app version is left alone (writes are switched off), and failing
 * writes are reported instead of thrown.
 */
export function createGuardedStorage<T>(spec: StoredStateSpec<T>): PersistStorage<T> {
  let writesOff = false;
  const report = useStorageStatus.getState().report;

  return {
    getItem(name): StorageValue<T> | null {
      const read = readItem(name);
      if (!read.ok) {
        report(name, { kind: 'unsaved', error: read.error });
        return null;
      }
      const raw = read.value;
      const restored = restoreStoredState(raw, spec);
      if (restored.ok) {
        return restored.value === null ? null : { state: restored.value, version: spec.version };
      }
      if (raw === null) return null;
      if (restored.error === 'newer') {
        writesOff = true;
        report(name, { kind: 'newer', raw });
        return null;
      }
      const backupKey = backupKeyFor(name);
      const backedUp = writeItem(backupKey, raw).ok;
      // Without a safe copy, the original must not be overwritten.
      if (!backedUp) writesOff = true;
      report(name, { kind: 'corrupt', raw, backupKey: backedUp ? backupKey : null });
      return null;
    },
    setItem(name, value) {
      if (writesOff) return;
      const written = writeItem(name, JSON.stringify(value));
      if (!written.ok) {
        report(name, { kind: 'unsaved', error: written.error });
      } else if (useStorageStatus.getState().issues[name]?.kind === 'unsaved') {
        // Storage works again (e.g. space was freed): the warning no longer holds.
        useStorageStatus.getState().dismiss(name);
      }
    },
    removeItem(name) {
      if (writesOff) return;
      removeItem(name);
    },
  };
}
