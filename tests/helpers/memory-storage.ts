/** A localStorage stand-in whose failures can be switched on, for store tests in node. */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  failWrites: 'quota' | 'blocked' | null = null;
  failReads = false;

  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    if (this.failReads) throw new DOMException('blocked', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWrites === 'quota') throw new DOMException('full', 'QuotaExceededError');
    if (this.failWrites === 'blocked') throw new DOMException('blocked', 'SecurityError');
    this.items.set(key, String(value));
  }
}

/** Installs a fresh MemoryStorage as `window.localStorage` in the node environment. */
export function installMemoryStorage(): MemoryStorage {
  const storage = new MemoryStorage();
  (globalThis as { window?: unknown }).window = {
    localStorage: storage,
    addEventListener() {},
    removeEventListener() {},
  };
  return storage;
}
