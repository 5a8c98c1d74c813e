/**
 * The only place that touches localStorage. Every call is wrapped: private modes, blocked cookies
 * and a full disk throw, and the app must keep working in memory when they do.
 */
export type StorageFailure = 'blocked' | 'quota';
export type StorageResult<T> = { ok: true; value: T } | { ok: false; reason: StorageFailure };

function localStore(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function failureOf(error: unknown): StorageFailure {
  const name = error instanceof DOMException ? error.name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
    ? 'quota'
    : 'blocked';
}

export function readItem(key: string): StorageResult<string | null> {
  const store = localStore();
  if (!store) return { ok: false, reason: 'blocked' };
  try {
    return { ok: true, value: store.getItem(key) };
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
  }
}

export function writeItem(key: string, value: string): StorageResult<void> {
  const store = localStore();
  if (!store) return { ok: false, reason: 'blocked' };
  try {
    store.setItem(key, value);
    return { ok: true, value: undefined };
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
  }
}

export function removeItem(key: string): StorageResult<void> {
  const store = localStore();
  if (!store) return { ok: false, reason: 'blocked' };
  try {
    store.removeItem(key);
    return { ok: true, value: undefined };
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
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
  const store = localStore();
  if (!store) return { ok: false, reason: 'blocked' };
  try {
    const keys: string[] = [];
    for (let index = 0; index < store.length; index += 1) {
      const key = store.key(index);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    for (const key of keys) store.removeItem(key);
    return { ok: true, value: keys.length };
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
  }
}
