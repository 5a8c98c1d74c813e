/**
 * What every fallible step at the app's edge returns (domain parsers and browser adapters alike):
 * the value, or an error code the UI translates.
 */
export type Result<T, E extends string = string> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<E extends string>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
