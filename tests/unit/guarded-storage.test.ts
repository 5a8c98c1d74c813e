import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { StoredStateSpec } from '@/domain/stored-state';
import { backupKeyFor, createGuardedStorage } from '@/stores/guarded-storage';
import { useStorageStatus } from '@/stores/storage-status';
import { installMemoryStorage, type MemoryStorage } from '../helpers/memory-storage';

type Counter = { count: number };

/** Version 2 of a small stored state; version 1 called the field `n`. */
const spec: StoredStateSpec<Counter> = {
  version: 2,
  schema: z.object({ count: z.number() }),
  migrations: { 1: (state) => ({ count: (state as { n: number }).n }) },
};
const KEY = 'collective-scan:test';
const BACKUP = `${KEY}:backup`;
const envelope = (state: unknown, version = spec.version) => JSON.stringify({ state, version });

let storage: MemoryStorage;
const issue = () => useStorageStatus.getState().issues[KEY];

beforeEach(() => {
  storage = installMemoryStorage();
  useStorageStatus.getState().clear();
});

afterAll(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('createGuardedStorage: reading', () => {
  it('gives null when nothing is stored, and reports nothing', () => {
    expect(createGuardedStorage(spec).getItem(KEY)).toBeNull();
    expect(useStorageStatus.getState().issues).toEqual({});
  });

  it('gives the stored state of the current version', () => {
    storage.setItem(KEY, envelope({ count: 3 }));
    expect(createGuardedStorage(spec).getItem(KEY)).toEqual({ state: { count: 3 }, version: 2 });
    expect(issue()).toBeUndefined();
  });

  it('migrates an older version and gives it as the current version', () => {
    storage.setItem(KEY, envelope({ n: 5 }, 1));
    expect(createGuardedStorage(spec).getItem(KEY)).toEqual({ state: { count: 5 }, version: 2 });
  });

  it.each([
    ['broken JSON', '{"state": {"count": '],
    ['the wrong shape', envelope({ count: 'three' })],
    ['no envelope', JSON.stringify({ count: 3 })],
  ])('copies %s to the backup key, reports it, and starts empty', (_label, raw) => {
    storage.setItem(KEY, raw);
    expect(createGuardedStorage(spec).getItem(KEY)).toBeNull();
    expect(storage.getItem(BACKUP)).toBe(raw);
    expect(backupKeyFor(KEY)).toBe(BACKUP);
    expect(issue()).toEqual({ kind: 'corrupt', raw, backupKey: BACKUP });
  });

  it('once the corrupt data is backed up, saving goes on over the original', () => {
    storage.setItem(KEY, 'garbage');
    const guarded = createGuardedStorage(spec);
    guarded.getItem(KEY);
    guarded.setItem(KEY, { state: { count: 1 }, version: 2 });
    expect(storage.getItem(KEY)).toBe(envelope({ count: 1 }));
    expect(storage.getItem(BACKUP)).toBe('garbage');
  });

  it('never overwrites or removes corrupt data that could not be backed up', () => {
    storage.setItem(KEY, 'garbage');
    storage.failWrites = 'quota';
    const guarded = createGuardedStorage(spec);
    expect(guarded.getItem(KEY)).toBeNull();
    expect(issue()).toEqual({ kind: 'corrupt', raw: 'garbage', backupKey: null });
    expect(storage.getItem(BACKUP)).toBeNull();

    storage.failWrites = null;
    guarded.setItem(KEY, { state: { count: 1 }, version: 2 });
    guarded.removeItem(KEY);
    expect(storage.getItem(KEY)).toBe('garbage');
  });

  it('leaves data from a newer version untouched, reports it, and saves nothing', () => {
    const newer = envelope({ count: 3, more: true }, 3);
    storage.setItem(KEY, newer);
    const guarded = createGuardedStorage(spec);
    expect(guarded.getItem(KEY)).toBeNull();
    expect(issue()).toEqual({ kind: 'newer', raw: newer });
    expect(storage.getItem(BACKUP)).toBeNull();

    guarded.setItem(KEY, { state: { count: 1 }, version: 2 });
    guarded.removeItem(KEY);
    expect(storage.getItem(KEY)).toBe(newer);
  });

  it('reports storage that cannot be read as unsaved, and starts empty', () => {
    storage.failReads = true;
    expect(createGuardedStorage(spec).getItem(KEY)).toBeNull();
    expect(issue()).toEqual({ kind: 'unsaved', error: 'blocked' });
  });
});

describe('createGuardedStorage: writing', () => {
  it('writes the state in the envelope that it reads back', () => {
    const guarded = createGuardedStorage(spec);
    guarded.setItem(KEY, { state: { count: 7 }, version: 2 });
    expect(createGuardedStorage(spec).getItem(KEY)).toEqual({ state: { count: 7 }, version: 2 });
  });

  it.each([
    ['full', 'quota'],
    ['blocked', 'blocked'],
  ] as const)('reports %s storage as unsaved instead of throwing', (_label, error) => {
    const guarded = createGuardedStorage(spec);
    storage.failWrites = error;
    expect(() => guarded.setItem(KEY, { state: { count: 1 }, version: 2 })).not.toThrow();
    expect(issue()).toEqual({ kind: 'unsaved', error });
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('a later write that succeeds clears the unsaved warning', () => {
    const guarded = createGuardedStorage(spec);
    storage.failWrites = 'quota';
    guarded.setItem(KEY, { state: { count: 1 }, version: 2 });
    expect(issue()).toEqual({ kind: 'unsaved', error: 'quota' });

    storage.failWrites = null;
    guarded.setItem(KEY, { state: { count: 2 }, version: 2 });
    expect(issue()).toBeUndefined();
    expect(storage.getItem(KEY)).toBe(envelope({ count: 2 }));
  });

  it('a successful write keeps the notice about backed-up corrupt data', () => {
    storage.setItem(KEY, 'garbage');
    const guarded = createGuardedStorage(spec);
    guarded.getItem(KEY);
    guarded.setItem(KEY, { state: { count: 1 }, version: 2 });
    expect(issue()).toEqual({ kind: 'corrupt', raw: 'garbage', backupKey: BACKUP });
  });

  it('removes the stored item', () => {
    storage.setItem(KEY, envelope({ count: 3 }));
    storage.setItem('other', 'kept');
    createGuardedStorage(spec).removeItem(KEY);
    expect(storage.getItem(KEY)).toBeNull();
    expect(storage.getItem('other')).toBe('kept');
  });
});
