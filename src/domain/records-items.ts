import {
  type Action,
  actionSchema,
  type RecordsState,
  recordsStateSpec,
  type Snapshot,
  snapshotSchema,
} from './records';
import { fail, ok, type Result } from './result';
import type { StoredStateSpec } from './stored-state';
import { docOf, type LiveItem, makeStamp, type SyncedDoc, syncedDocSchema } from './synced-doc';

/**
 * Snapshots and plan steps as stored items (`snap:<id>`, `act:<id>`). Their ids are never used
 * again, so a deleted one is deleted for good: no other tab can bring it back.
 */
export function recordsItems(records: RecordsState): Map<string, unknown> {
  const items = new Map<string, unknown>();
  // Snapshots are listed newest first: written oldest first, so a batch keeps its order.
  for (const snapshot of [...records.snapshots].reverse())
    items.set(`snap:${snapshot.id}`, snapshot);
  for (const action of records.actions) items.set(`act:${action.id}`, action);
  return items;
}

export const recordItemIsFinal = () => true;

const byFirstWrite = (a: LiveItem, b: LiveItem) => (a.c < b.c ? -1 : a.c > b.c ? 1 : 0);

export function recordsFromItems(items: readonly LiveItem[]): Result<RecordsState, 'corrupt'> {
  const snapshots: Snapshot[] = [];
  const actions: Action[] = [];
  for (const { id, v } of [...items].sort(byFirstWrite)) {
    if (id.startsWith('snap:')) {
      const snapshot = snapshotSchema.safeParse(v);
      if (!snapshot.success) return fail('corrupt');
      snapshots.push(snapshot.data);
    } else if (id.startsWith('act:')) {
      const action = actionSchema.safeParse(v);
      if (!action.success) return fail('corrupt');
      actions.push(action.data);
    }
  }
  return ok({ snapshots: snapshots.reverse(), actions });
}

export const RECORDS_DOC_VERSION = 2;

/** Version 2 stores items; version 1 stored `{ snapshots, actions }`, read here in its order. */
export const recordsDocSpec: StoredStateSpec<SyncedDoc> = {
  version: RECORDS_DOC_VERSION,
  schema: syncedDocSchema,
  migrations: {
    1: (state) => {
      const legacy = recordsStateSpec.schema.parse(state);
      return docOf(recordsItems(legacy), (index) => makeStamp(0, index, 'legacy'));
    },
  },
};
