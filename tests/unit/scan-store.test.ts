import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installMemoryStorage, type MemoryStorage } from '../helpers/memory-storage';

const KEY = 'collective-scan:scan';
let storage: MemoryStorage;

/** A fresh copy of the stores, as after a page reload: they read storage when created. */
async function loadStores() {
  vi.resetModules();
  const { useScanStore } = await import('@/stores/scan-store');
  const { useStorageStatus } = await import('@/stores/storage-status');
  return { useScanStore, useStorageStatus };
}

beforeEach(() => {
  storage = installMemoryStorage();
});

describe('scan store persistence', () => {
  it('saves answers as they are given and finds them after a reload', async () => {
    const first = await loadStores();
    first.useScanStore.getState().setAnswer('leadership.q7', 'mostly-true');
    first.useScanStore.getState().setProfile({ members: 300 });

    // Stored as items, one per answer, each with the stamp of its change (see synced-doc.ts).
    const stored = JSON.parse(storage.getItem(KEY) ?? '{}');
    expect(stored.version).toBe(3);
    expect(stored.state.items['a:leadership.q7']).toMatchObject({ v: 'mostly-true' });
    expect(stored.state.items.profile).toMatchObject({ v: { members: 300 } });

    const second = await loadStores();
    expect(second.useScanStore.getState().answers).toEqual({ 'leadership.q7': 'mostly-true' });
    expect(second.useScanStore.getState().profile).toEqual({ members: 300 });
    expect(second.useStorageStatus.getState().issues).toEqual({});
  });

  it('migrates storage version 1 (the first edition of the questions) on load, and keeps what no longer counts apart', async () => {
    storage.setItem(
      KEY,
      JSON.stringify({
        version: 1,
        state: {
          profile: {},
          // upscaling.q2 was removed in edition 2; community-building.q5 is unchanged.
          answers: { 'upscaling.q2': 'neutral', 'community-building.q5': 'agree' },
        },
      }),
    );
    const { useScanStore } = await loadStores();
    const state = useScanStore.getState();
    expect(state.questionnaireVersion).toBe('2');
    expect(state.answers).toEqual({ 'community-building.q5': 'agree' });
    expect(state.retired).toEqual({
      questionnaireVersion: '1',
      answers: { 'upscaling.q2': 'neutral' },
    });
  });

  it('reads a stored scan of edition 1 into edition 2, and lets the old answers go only when asked', async () => {
    storage.setItem(
      KEY,
      JSON.stringify({
        version: 2,
        state: {
          questionnaireVersion: '1',
          profile: { members: 40 },
          answers: { 'leadership.q1': 'agree', 'recognition.q5': 'disagree' },
          updatedAt: '2026-11-01T10:00:00.000Z',
        },
      }),
    );
    const first = await loadStores();
    expect(first.useScanStore.getState()).toMatchObject({
      questionnaireVersion: '2',
      profile: { members: 40 },
      answers: { 'recognition.q5': 'disagree' },
      retired: { questionnaireVersion: '1', answers: { 'leadership.q1': 'agree' } },
    });
    // Still there after a reload, until the user lets them go.
    first.useScanStore.getState().setAnswer('leadership.q7', 'mostly-true');
    const second = await loadStores();
    expect(second.useScanStore.getState().retired?.answers).toEqual({ 'leadership.q1': 'agree' });
    second.useScanStore.getState().forgetRetired();
    const third = await loadStores();
    expect(third.useScanStore.getState().retired).toBeUndefined();
    expect(third.useScanStore.getState().answers).toEqual({
      'recognition.q5': 'disagree',
      'leadership.q7': 'mostly-true',
    });
  });

  it('start over removes the answers and the profile', async () => {
    const { useScanStore } = await loadStores();
    useScanStore.getState().setAnswer('leadership.q7', 'mostly-true');
    useScanStore.getState().startOver();
    expect(useScanStore.getState().answers).toEqual({});
    const reloaded = await loadStores();
    expect(reloaded.useScanStore.getState().answers).toEqual({});
  });

  it('backs up corrupt data, tells the user, and starts empty', async () => {
    storage.setItem(KEY, '{"state": {"answers": tr');
    const { useScanStore, useStorageStatus } = await loadStores();
    expect(useScanStore.getState().answers).toEqual({});
    const issue = useStorageStatus.getState().issues[KEY];
    expect(issue).toMatchObject({
      kind: 'corrupt',
      data: 'answers',
      raw: '{"state": {"answers": tr',
    });
    const backupKey = issue?.kind === 'corrupt' ? (issue.backupKey ?? '') : '';
    expect(backupKey).toMatch(/^collective-scan:scan:backup:\d{4}-/);
    expect(storage.getItem(backupKey)).toBe('{"state": {"answers": tr');
    // Working on is allowed: the original is safe in the backup.
    useScanStore.getState().setAnswer('leadership.q7', 'mostly-true');
    expect(storage.getItem(backupKey)).toBe('{"state": {"answers": tr');
  });

  it('never overwrites corrupt data when no backup could be made', async () => {
    storage.setItem(KEY, 'garbage');
    storage.failWrites = 'quota';
    const { useScanStore, useStorageStatus } = await loadStores();
    expect(useStorageStatus.getState().issues[KEY]).toMatchObject({
      kind: 'corrupt',
      backupKey: null,
    });
    storage.failWrites = null;
    useScanStore.getState().setAnswer('leadership.q7', 'mostly-true');
    expect(storage.getItem(KEY)).toBe('garbage');
    expect(useScanStore.getState().answers).toEqual({ 'leadership.q7': 'mostly-true' });
  });

  it('leaves data from a newer version untouched and keeps working in memory', async () => {
    const newer = JSON.stringify({ version: 99, state: { whatever: true } });
    storage.setItem(KEY, newer);
    const { useScanStore, useStorageStatus } = await loadStores();
    expect(useStorageStatus.getState().issues[KEY]).toEqual({
      kind: 'newer',
      data: 'answers',
      raw: newer,
    });
    useScanStore.getState().setAnswer('leadership.q7', 'mostly-true');
    expect(useScanStore.getState().answers).toEqual({ 'leadership.q7': 'mostly-true' });
    expect(storage.getItem(KEY)).toBe(newer);
  });

  it('reports full storage and keeps the answers in memory', async () => {
    const { useScanStore, useStorageStatus } = await loadStores();
    storage.failWrites = 'quota';
    useScanStore.getState().setAnswer('leadership.q7', 'mostly-true');
    expect(useScanStore.getState().answers).toEqual({ 'leadership.q7': 'mostly-true' });
    expect(useStorageStatus.getState().issues[KEY]).toEqual({
      kind: 'unsaved',
      data: 'answers',
      error: 'quota',
    });
    // When space comes back, the next answer is saved with the first, and the warning goes.
    storage.failWrites = null;
    useScanStore.getState().setAnswer('leadership.q8', 'partly-true');
    expect(useStorageStatus.getState().issues[KEY]).toBeUndefined();
    const reloaded = await loadStores();
    expect(reloaded.useScanStore.getState().answers).toEqual({
      'leadership.q7': 'mostly-true',
      'leadership.q8': 'partly-true',
    });
  });

  it('works in memory when storage is blocked entirely', async () => {
    storage.failReads = true;
    storage.failWrites = 'blocked';
    const { useScanStore, useStorageStatus } = await loadStores();
    useScanStore.getState().setAnswer('leadership.q7', 'mostly-true');
    expect(useScanStore.getState().answers).toEqual({ 'leadership.q7': 'mostly-true' });
    expect(useStorageStatus.getState().issues[KEY]).toEqual({
      kind: 'unreadable',
      data: 'answers',
      error: 'blocked',
    });
  });
});
