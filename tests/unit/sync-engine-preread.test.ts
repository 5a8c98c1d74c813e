import { describe, expect, it } from 'vitest';
import { fail, ok } from '@/domain/result';
import type { StoredStateSpec } from '@/domain/stored-state';
import { type SyncedDoc, syncedDocSchema } from '@/domain/synced-doc';
import type { SyncedConfig } from '@/stores/sync-engine';
import { SharedStorage } from '../helpers/two-tabs';

/**
 * A store that starts from a doc read before it (the sessions store reads a large doc in steps,
 * with pauses for the browser): the engine takes it only while storage holds exactly the text it
 * was read from, and keeps every guarantee of its own reads (merge with other tabs, deletions).
 */
type Items = Record<string, string>;
const KEY = 'collective-scan:test';
const spec: StoredStateSpec<SyncedDoc> = { version: 2, schema: syncedDocSchema, migrations: {} };

function configWith(preread: SyncedConfig<Items>['preread']): SyncedConfig<Items> {
  return {
    key: KEY,
    data: 'sessions',
    spec,
    toItems: (items) => new Map(Object.entries(items)),
    fromItems: (items) => {
      const state: Items = {};
      for (const { id, v } of items) {
        if (typeof v !== 'string') return fail('corrupt');
        state[id] = v;
      }
      return ok(state);
    },
    final: (id) => id.startsWith('f:'),
    empty: () => ({}),
    preread,
  };
}
const plain = configWith(undefined);
const put = (id: string, value: string) => (state: Items) => ({ ...state, [id]: value });

/** Storage holding two items written by an earlier tab. */
function storedByEarlierTab() {
  const shared = new SharedStorage();
  const earlier = shared.openTab().open(plain);
  earlier.commit(put('x:1', 'one'));
  earlier.commit(put('x:2', 'two'));
  const raw = shared.stored.get(KEY) ?? '';
  const doc = (JSON.parse(raw) as { state: SyncedDoc }).state;
  return { shared, raw, doc };
}

describe('a store started from a doc read beforehand', () => {
  it('takes the doc and state as read when storage still holds that text', () => {
    const { shared, raw, doc } = storedByEarlierTab();
    const asked: string[] = [];
    // A state the engine could not have read itself: proof it was taken as given.
    const given = { 'x:1': 'one', 'x:2': 'two', 'x:read': 'before' };
    const store = shared.openTab().open(
      configWith((text) => {
        asked.push(text);
        return text === raw ? { doc, state: given } : null;
      }),
    );
    expect(asked).toEqual([raw]);
    expect(store.state).toBe(given);
  });

  it('reads storage itself when another tab wrote after the doc was read', () => {
    const { shared, raw, doc } = storedByEarlierTab();
    const stale = { doc, state: { 'x:1': 'one', 'x:2': 'two' } };
    shared.openTab().open(plain).commit(put('x:3', 'written meanwhile'));
    const store = shared.openTab().open(configWith((text) => (text === raw ? stale : null)));
    expect(store.state).toEqual({ 'x:1': 'one', 'x:2': 'two', 'x:3': 'written meanwhile' });
  });

  it("merges its changes with other tabs' and keeps deletions, as without it", () => {
    const { shared, raw, doc } = storedByEarlierTab();
    const tabA = shared.openTab();
    const storeA = tabA.open(
      configWith((text) => (text === raw ? { doc, state: { 'x:1': 'one', 'x:2': 'two' } } : null)),
    );
    const storeB = shared.openTab().open(plain);
    storeB.commit(put('f:gone', 'soon deleted'));
    storeB.commit((state) => {
      const { 'f:gone': _gone, ...rest } = state;
      return rest;
    });
    storeA.commit(put('x:a', 'from A'));
    shared.settle();
    const fresh = shared.openTab().open(plain).state;
    expect(fresh).toEqual({ 'x:1': 'one', 'x:2': 'two', 'x:a': 'from A' });
    expect(storeA.state).toEqual(fresh);
    expect(storeB.state).toEqual(fresh);
  });
});
