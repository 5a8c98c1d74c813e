/** What every parse at the app's edge returns: the data, or a reason code the UI translates. */
export type Result<T, R extends string = string> = { ok: true; data: T } | { ok: false; reason: R };

export function ok<T>(data: T): { ok: true; data: T } {
  return { ok: true, data };
}

export function fail<R extends string>(reason: R): { ok: false; reason: R } {
  return { ok: false, reason };
}
