/**
 * The only place that touches localStorage. Every call is wrapped: private modes, blocked cookies
 * and a full disk throw, and the app must keep working in memory when they do.
 */
import { fail, ok, type Result } from '@/domain/result';

/** `unavailable`: this page may not use storage at all (cookies blocked, some private windows). */
export type StorageError = 'blocked' | 'quota' | 'unavailable';
type StorageResult<T> = Result<T, StorageError>;

function localStore(): Storage | null {
  try {
    // Without a window (Node), the build's prerender gives the stores an empty globalThis one.
    return (typeof window === 'undefined' ? globalThis.localStorage : window.localStorage) ?? null;
  } catch {
    return null;
  }
}

function errorOf(error: unknown): StorageError {
  const name = error instanceof DOMException ? error.name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
    ? 'quota'
    : 'blocked';
}

export function readItem(key: string): StorageResult<string | null> {
  const store = localStore();
  if (!store) return fail('unavailable');
  try {
    return ok(store.getItem(key));
  } catch (error) {
    return fail(errorOf(error));
  }
}

export function writeItem(key: string, value: string): StorageResult<void> {
  const store = localStore();
  if (!store) return fail('unavailable');
  try {
    store.setItem(key, value);
    return ok(undefined);
  } catch (error) {
    return fail(errorOf(error));
  }
}

export function removeItem(key: string): StorageResult<void> {
  const store = localStore();
  if (!store) return fail('unavailable');
  try {
    store.removeItem(key);
    return ok(undefined);
  } catch (error) {
    return fail(errorOf(error));
  }
}

/** The stored keys that start with `prefix`, sorted. */
export function listKeys(prefix: string): StorageResult<string[]> {
  const store = localStore();
  if (!store) return fail('unavailable');
  try {
    const keys: string[] = [];
    for (let index = 0; index < store.length; index += 1) {
      const key = store.key(index);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return ok(keys.sort());
  } catch (error) {
    return fail(errorOf(error));
  }
}

/** Calls back when another tab changes `key`; returns the unsubscribe function. */
export function onItemChangedElsewhere(key: string, callback: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const listener = (event: StorageEvent) => {
    if (event.key === key || event.key === null) callback();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

/** Calls back when the page becomes visible or focused again (the user comes back to this tab). */
export function onPageShown(callback: () => void): () => void {
  if (typeof window === 'undefined' || typeof document === 'undefined') return () => {};
  const onVisible = () => {
    if (document.visibilityState === 'visible') callback();
  };
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('focus', callback);
  return () => {
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('focus', callback);
  };
}

/** Removes every stored key that starts with `prefix` (this app's keys, backups included). */
export function removeItemsWithPrefix(prefix: string): StorageResult<number> {
  const keys = listKeys(prefix);
  if (!keys.ok) return keys;
  for (const key of keys.value) {
    const removed = removeItem(key);
    if (!removed.ok) return removed;
  }
  return ok(keys.value.length);
}
