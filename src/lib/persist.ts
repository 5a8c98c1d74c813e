/**
 * Whether this browser keeps the site's storage until the user deletes it ("persistent"), may
 * erase it under pressure or after a time without a visit ("best-effort", e.g. Safari after seven
 * days), or cannot say ("unknown": no StorageManager, as in some WebKit builds and older Safari).
 */
export type Persistence = 'persistent' | 'best-effort' | 'unknown';

function manager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Reads whether storage is persistent now, without asking for anything. */
export async function readPersistence(): Promise<Persistence> {
  const storage = manager();
  if (typeof storage?.persisted !== 'function') return 'unknown';
  try {
    return (await storage.persisted()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
}

/** Whether the browser offers to make storage persistent (navigator.storage.persist). */
export function canAskPersistence(): boolean {
  return typeof manager()?.persist === 'function';
}

/**
 * Asks the browser to keep the site's storage. Chromium and Safari decide on their own; Firefox
 * asks the user, so call this only from a user's action. Resolves to the state afterwards.
 */
export async function askPersistence(): Promise<Persistence> {
  const storage = manager();
  if (typeof storage?.persist !== 'function') return readPersistence();
  try {
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
}
