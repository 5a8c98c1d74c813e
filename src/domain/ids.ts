/**
 * The one rule for ids that arrive in files and links: sessions, respondents, snapshots and plan
 * steps are found by id in routes (`#/workshop/<id>`), so an id holds only letters, digits, `_`
 * and `-`, and is 1 to 64 characters long. Every id the app makes itself fits (random UUIDs).
 */
export const SAFE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** True for an id that fits the safe-id rule. */
export function isSafeId(id: unknown): id is string {
  return typeof id === 'string' && SAFE_ID_PATTERN.test(id);
}

const HEX = '0123456789abcdef';

/** A new random safe id (32 hexadecimal characters; Web Crypto where there is one). */
export function randomSafeId(): string {
  const bytes = new Uint8Array(16);
  if (typeof crypto !== 'undefined' && 'getRandomValues' in crypto) crypto.getRandomValues(bytes);
  else for (let index = 0; index < bytes.length; index += 1) bytes[index] = Math.random() * 256;
  let id = '';
  for (const byte of bytes) id += (HEX[byte >> 4] ?? '0') + (HEX[byte & 15] ?? '0');
  return id;
}

/**
 * Gives every item of an imported list an id that is safe and that no other item of the list
 * has: the first item with a safe id keeps it; an item whose id is unsafe or already taken gets a
 * new random one. Items that keep their id are returned as they were.
 */
export function uniqueSafeIds<T extends { id: string }>(
  items: readonly T[],
  newId: () => string = randomSafeId,
): { items: T[]; rekeyed: number } {
  const seen = new Set<string>();
  let rekeyed = 0;
  const result = items.map((item) => {
    if (isSafeId(item.id) && !seen.has(item.id)) {
      seen.add(item.id);
      return item;
    }
    let id = newId();
    while (seen.has(id) || !isSafeId(id)) id = randomSafeId();
    seen.add(id);
    rekeyed += 1;
    return { ...item, id };
  });
  return { items: result, rekeyed };
}

/**
 * Ids that must stay the same wherever they occur (a member's respondent id counts them once):
 * a safe id is kept, an unsafe one is replaced, the same way every time it is met.
 */
export function safeIdMapper(newId: () => string = randomSafeId): (id: string) => string {
  const replaced = new Map<string, string>();
  return (id) => {
    if (isSafeId(id)) return id;
    let safe = replaced.get(id);
    if (safe === undefined) {
      safe = newId();
      while (!isSafeId(safe)) safe = randomSafeId();
      replaced.set(id, safe);
    }
    return safe;
  };
}
