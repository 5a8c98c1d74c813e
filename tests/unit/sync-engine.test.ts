import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '@/domain/result';
import type { StoredStateSpec } from '@/domain/stored-state';
import { docOf, makeStamp, type SyncedDoc, syncedDocSchema } from '@/domain/synced-doc';
import type { SyncedConfig } from '@/stores/sync-engine';
import { SharedStorage } from '../helpers/two-tabs';

/**
 * The storage model of every store, driven through two tabs that see each other's writes late
 * (tests/helpers/two-tabs.ts). Items `x:…` can be cleared and set again; items `f:…` are deleted
 * for good (as sessions, snapshots and plan steps are).
 */
type Items = Record<string, string>;
const KEY = 'collective-scan:test';

const spec: StoredStateSpec<SyncedDoc> = {
  version: 2,
  schema: syncedDocSchema,
  migrations: {
    1: (state) =>
      docOf(new Map(Object.entries((state as { items: Items }).items)), (index) =>
        makeStamp(0, index, 'legacy'),
      ),
  },
};

const config: SyncedConfig<Items> = {
  key: KEY,
  data: 'records',
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
};

const put = (id: string, value: string) => (state: Items) => ({ ...state, [id]: value });
const drop = (id: string) => (state: Items) => {
  const { [id]: _gone, ...rest } = state;
  return rest;
};

function twoTabs() {
  const shared = new SharedStorage();
  const a = shared.openTab();
  const b = shared.openTab();
  return { shared, a, b, storeA: a.open(config), storeB: b.open(config) };
}

/** What a tab opened now would show. */
function freshView(shared: SharedStorage) {
  return shared.openTab().open(config).state;
}

describe('one tab', () => {
  it('saves every change and finds it after a reload', () => {
    const shared = new SharedStorage();
    const store = shared.openTab().open(config);
    expect(store.commit(put('x:1', 'one'))).toEqual({ ok: true, value: undefined });
    store.commit(put('f:1', 'kept'));
    store.commit(drop('x:1'));
    expect(freshView(shared)).toEqual({ 'f:1': 'kept' });
  });

  it('reads data of an older format, in its order', () => {
    const shared = new SharedStorage();
    shared.stored.set(
      KEY,
      JSON.stringify({ version: 1, state: { items: { 'x:b': '2', 'x:a': '1' } } }),
    );
    const store = shared.openTab().open(config);
    expect(store.state).toEqual({ 'x:b': '2', 'x:a': '1' });
  });

  it('leaves data of a newer version untouched, says so, and keeps changes on screen', () => {
    const shared = new SharedStorage();
    const raw = JSON.stringify({ version: 9, state: { future: true } });
    shared.stored.set(KEY, raw);
    const tab = shared.openTab();
    const store = tab.open(config);
    expect(tab.issues.get(KEY)).toEqual({ kind: 'newer', data: 'records', raw });
    expect(store.commit(put('x:1', 'one'))).toEqual({ ok: false, error: 'newer' });
    expect(store.state).toEqual({ 'x:1': 'one' });
    expect(shared.stored.get(KEY)).toBe(raw);
  });

  // Reproduction 3: reading throws, writing works. Before, the next answer replaced everything stored.
  it('holds back every write while stored data cannot be read, and merges once it can', () => {
    const shared = new SharedStorage();
    const before = shared.openTab().open(config);
    before.commit(put('x:1', 'one'));
    before.commit(put('x:2', 'two'));
    const stored = shared.stored.get(KEY);

    const tab = shared.openTab();
    tab.failReads = true;
    const store = tab.open(config);
    expect(tab.issues.get(KEY)).toEqual({ kind: 'unreadable', data: 'records', error: 'blocked' });
    expect(store.commit(put('x:3', 'three'))).toEqual({ ok: false, error: 'unreadable' });
    expect(store.state).toEqual({ 'x:3': 'three' });
    expect(shared.stored.get(KEY)).toBe(stored);

    tab.failReads = false;
    expect(store.retry()).toEqual({ ok: true, value: undefined });
    expect(store.state).toEqual({ 'x:1': 'one', 'x:2': 'two', 'x:3': 'three' });
    expect(freshView(shared)).toEqual({ 'x:1': 'one', 'x:2': 'two', 'x:3': 'three' });
    expect(tab.issues.has(KEY)).toBe(false);
  });

  // Reproduction 4: a second corruption overwrote the first backup.
  it('copies damaged data aside with its time, never over an earlier copy', () => {
    const shared = new SharedStorage();
    shared.stored.set(KEY, '{"first":');
    const first = shared.openTab();
    first.open(config).commit(put('x:1', 'one'));
    shared.now += 60_000;
    shared.stored.set(KEY, '{"second":');
    const second = shared.openTab();
    second.open(config);

    const backups = [...shared.stored.keys()].filter((key) => key.startsWith(`${KEY}:backup:`));
    expect(backups).toHaveLength(2);
    expect(backups.map((key) => shared.stored.get(key)).sort()).toEqual([
      '{"first":',
      '{"second":',
    ]);
    expect(second.issues.get(KEY)).toMatchObject({ kind: 'corrupt', raw: '{"second":' });
    expect(backups.every((key) => /:backup:\d{4}-\d\d-\d\dT/.test(key))).toBe(true);
  });

  it('never writes over damaged data it could not copy aside', () => {
    const shared = new SharedStorage();
    shared.stored.set(KEY, 'garbage');
    const tab = shared.openTab();
    tab.failWrites = 'quota';
    const store = tab.open(config);
    expect(tab.issues.get(KEY)).toEqual({
      kind: 'corrupt',
      data: 'records',
      raw: 'garbage',
      backupKey: null,
    });
    tab.failWrites = null;
    expect(store.commit(put('x:1', 'one'))).toEqual({ ok: false, error: 'corrupt' });
    expect(shared.stored.get(KEY)).toBe('garbage');
  });

  // Reproduction 5: an import too big to store was reported as added, and broke later saves.
  it('an all-or-nothing change that does not fit is neither saved nor shown, and later changes save', () => {
    const shared = new SharedStorage();
    const tab = shared.openTab();
    const store = tab.open(config);
    store.commit(put('x:1', 'one'));
    tab.failWrites = 'quota';
    expect(store.commit(put('x:big', 'huge'), { atomic: true })).toEqual({
      ok: false,
      error: 'quota',
    });
    expect(store.state).toEqual({ 'x:1': 'one' });
    // Nothing is left unsaved, so no lasting notice: the caller says what was not added.
    expect(tab.issues.has(KEY)).toBe(false);
    tab.failWrites = null;
    store.commit(put('x:2', 'two'));
    expect(freshView(shared)).toEqual({ 'x:1': 'one', 'x:2': 'two' });
    expect(tab.issues.has(KEY)).toBe(false);
  });

  it('keeps an ordinary change on screen when it cannot be saved, and saves it with the next one', () => {
    const shared = new SharedStorage();
    const tab = shared.openTab();
    const store = tab.open(config);
    tab.failWrites = 'quota';
    expect(store.commit(put('x:1', 'one'))).toEqual({ ok: false, error: 'quota' });
    expect(store.state).toEqual({ 'x:1': 'one' });
    tab.failWrites = null;
    store.commit(put('x:2', 'two'));
    expect(freshView(shared)).toEqual({ 'x:1': 'one', 'x:2': 'two' });
  });
});

describe('two tabs', () => {
  // Reproduction 1: a tab opened earlier wrote its old copy over the other tab's new item.
  it('a stale tab never writes over what another tab saved', () => {
    const { shared, a, storeA, storeB } = twoTabs();
    storeA.commit(put('f:session-1', 'merge session with Anna'));
    // Tab B has not seen that yet and changes something else.
    storeB.commit(put('f:session-2', 'tally +1'));
    shared.settle();
    const both = { 'f:session-1': 'merge session with Anna', 'f:session-2': 'tally +1' };
    expect(freshView(shared)).toEqual(both);
    expect(storeA.state).toEqual(both);
    expect(storeB.state).toEqual(both);
    expect(a.changed).toEqual(['records']);
  });

  // Reproduction 6: twenty answers given in two tabs at the same moment; nine were lost.
  it('keeps every change when both tabs write at the same moment', () => {
    const { shared, storeA, storeB } = twoTabs();
    const expected: Items = {};
    for (let n = 0; n < 20; n += 1) {
      storeA.commit(put(`x:a${n}`, `${n}`));
      storeB.commit(put(`x:b${n}`, `${n}`));
      expected[`x:a${n}`] = `${n}`;
      expected[`x:b${n}`] = `${n}`;
    }
    shared.settle();
    expect(freshView(shared)).toEqual(expected);
    expect(storeA.state).toEqual(expected);
    expect(storeB.state).toEqual(expected);
  });

  it('the later of two changes to one item wins, in both tabs', () => {
    const { shared, storeA, storeB } = twoTabs();
    storeA.commit(put('x:1', 'earlier'));
    shared.now += 1;
    storeB.commit(put('x:1', 'later'));
    shared.settle();
    expect(freshView(shared)).toEqual({ 'x:1': 'later' });
    expect(storeA.state).toEqual({ 'x:1': 'later' });
  });

  it('an item deleted for good in one tab is never brought back by the other', () => {
    const { shared, storeA, storeB } = twoTabs();
    storeA.commit(put('f:snapshot', 'spring'));
    shared.settle();
    storeA.commit(drop('f:snapshot'));
    shared.now += 1;
    // Tab B still shows the snapshot and renames it.
    storeB.commit(put('f:snapshot', 'spring, renamed'));
    shared.settle();
    expect(freshView(shared)).toEqual({});
    expect(storeB.state).toEqual({});
  });

  // Reproduction 2: "delete all my data" was undone by a plan step added in another open tab.
  it('deleting everything holds in every tab; a tab still showing the old data cannot write it back', () => {
    const { shared, b, storeA, storeB } = twoTabs();
    for (let n = 0; n < 5; n += 1) storeA.commit(put(`x:${n}`, 'answer'));
    storeA.commit(put('f:snapshot', 'spring'));
    shared.settle();
    expect(storeB.state).toHaveProperty('f:snapshot');

    expect(storeA.erase().ok).toBe(true);
    shared.now += 1;
    // Tab B has not heard of it yet: it adds a plan step to what it still shows.
    storeB.commit(put('f:step', 'call the bank'));
    shared.settle();
    expect(freshView(shared)).toEqual({});
    expect(storeA.state).toEqual({});
    expect(storeB.state).toEqual({});
    expect(b.erased).toEqual(['records']);
    // From now on, B's changes are kept as usual.
    storeB.commit(put('x:new', 'after'));
    shared.settle();
    expect(freshView(shared)).toEqual({ 'x:new': 'after' });
    expect(storeA.state).toEqual({ 'x:new': 'after' });
  });

  it('a change made after a deletion that the tab reads but has not been told of is made on what is left', () => {
    const { shared, b, storeA, storeB } = twoTabs();
    for (let n = 0; n < 5; n += 1) storeA.commit(put(`x:${n}`, 'answer'));
    storeA.commit(put('f:snapshot', 'spring'));
    shared.settle();
    storeA.erase();
    shared.now += 1;
    // The deletion is in B's copy of storage; its storage event has not arrived yet.
    b.view.set(KEY, shared.stored.get(KEY) ?? '');
    expect(storeB.commit(put('f:step', 'start again')).ok).toBe(true);
    expect(storeB.state).toEqual({ 'f:step': 'start again' });
    expect(b.erased).toEqual(['records']);
    shared.settle();
    expect(freshView(shared)).toEqual({ 'f:step': 'start again' });
    expect(storeA.state).toEqual({ 'f:step': 'start again' });
  });
});

/**
 * Random interleavings of two tabs: sets, clears, final deletes, "delete everything" and storage
 * events delivered late, in any order. The clock moves on at every step, so the order of the
 * steps is the order of the changes. Expected result: per generation (the last "delete
 * everything" a tab had seen when it wrote), each item as its last step left it, and an item
 * deleted for good stays deleted. Checked in storage and in both tabs once all events are in.
 */
type Step =
  | { tab: 0 | 1; kind: 'set'; id: string; value: string }
  | { tab: 0 | 1; kind: 'clear'; id: string }
  | { tab: 0 | 1; kind: 'erase' }
  | { tab: 0 | 1; kind: 'deliver' };

const ids = ['x:1', 'x:2', 'x:3', 'f:1', 'f:2'];
const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      tab: fc.constantFrom(0 as const, 1 as const),
      kind: fc.constant('set' as const),
      id: fc.constantFrom(...ids),
      value: fc.string({ minLength: 1, maxLength: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      tab: fc.constantFrom(0 as const, 1 as const),
      kind: fc.constant('clear' as const),
      id: fc.constantFrom(...ids),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      tab: fc.constantFrom(0 as const, 1 as const),
      kind: fc.constant('erase' as const),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      tab: fc.constantFrom(0 as const, 1 as const),
      kind: fc.constant('deliver' as const),
    }),
  },
);

/** The generation of the stored doc as a tab's own copy of storage holds it. */
function viewGeneration(view: Map<string, string>): number {
  const raw = view.get(KEY);
  if (!raw) return 0;
  return (JSON.parse(raw) as { state: SyncedDoc }).state.generation;
}

describe('random interleavings of two tabs', () => {
  it('never lose a change, never bring back what was deleted, and end in agreement', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { maxLength: 40 }), (steps) => {
        const { shared, a, b, storeA, storeB } = twoTabs();
        const tabs = [a, b];
        const stores = [storeA, storeB];
        // The generation each tab has seen (it reads its own copy of storage before each change).
        const seen = [0, 0];
        type Done = { generation: number; id: string; value: string | null; final: boolean };
        const done: Done[] = [];
        for (const step of steps) {
          shared.now += 1;
          const tab = tabs[step.tab];
          const store = stores[step.tab];
          if (!tab || !store) continue;
          if (step.kind === 'deliver') {
            tab.deliver();
          } else if (step.kind === 'erase') {
            store.erase();
          } else {
            const mine = Math.max(seen[step.tab] ?? 0, viewGeneration(tab.view));
            const before = store.state;
            store.commit(step.kind === 'set' ? put(step.id, step.value) : drop(step.id));
            // What leaves the tab's screen as it was is no change: clearing a missing item, or
            // choosing the value already shown.
            if (step.kind === 'clear' && !(step.id in before)) continue;
            if (step.kind === 'set' && before[step.id] === step.value) continue;
            done.push({
              generation: mine,
              id: step.id,
              value: step.kind === 'set' ? step.value : null,
              final: step.kind === 'clear' && step.id.startsWith('f:'),
            });
          }
          seen[step.tab] = Math.max(seen[step.tab] ?? 0, viewGeneration(tab.view));
        }
        shared.settle();

        const generation = Math.max(...shared.tabs.map((tab) => viewGeneration(tab.view)));
        const expected: Items = {};
        const gone = new Set<string>();
        for (const change of done) {
          if (change.generation !== generation) continue;
          if (change.final) gone.add(change.id);
          if (change.value === null) delete expected[change.id];
          else expected[change.id] = change.value;
        }
        for (const id of gone) delete expected[id];
        expect(freshView(shared)).toEqual(expected);
        expect(storeA.state).toEqual(expected);
        expect(storeB.state).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
