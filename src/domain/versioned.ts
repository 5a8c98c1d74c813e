import { fail, ok, type Result } from './result';

/**
 * Every versioned format of the app (stored state, backup file, sessions file, share payloads) is
 * read the same way: a header with a `version` (and a `format` name where the data can travel),
 * then one migration per older version, then the current schema. This file owns the first two steps.
 */

/** migrations[n] turns version n into version n + 1. */
export type Migrations = Readonly<Record<number, (value: unknown) => unknown>>;

export type HeaderError = 'unknownFormat' | 'newerVersion';

/**
 * Checks that a parsed value is an object with the expected `format` (when one is expected) and a
 * whole-number `version` that is not newer than this app's. Never migrates down.
 */
export function readHeader(
  value: unknown,
  expect: { format?: string; version: number },
): Result<Record<string, unknown> & { version: number }, HeaderError> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('unknownFormat');
  }
  const record = value as Record<string, unknown>;
  if (expect.format !== undefined && record.format !== expect.format) return fail('unknownFormat');
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('unknownFormat');
  }
  if (version > expect.version) return fail('newerVersion');
  return ok(record as Record<string, unknown> & { version: number });
}

/** Runs the migrations from `from` up to `to`, one version at a time; a missing or failing step fails. */
export function migrate(
  value: unknown,
  from: number,
  to: number,
  migrations: Migrations,
): Result<unknown, 'invalid'> {
  let current = value;
  for (let version = from; version < to; version += 1) {
    const step = migrations[version];
    if (!step) return fail('invalid');
    try {
      current = step(current);
    } catch {
      return fail('invalid');
    }
  }
  return ok(current);
}
