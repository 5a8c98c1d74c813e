import type * as z from 'zod/mini';
import { fail, ok, type Result } from './result';
import { type Migrations, migrate, readHeader } from './versioned';

export type StoredStateSpec<T> = {
  version: number;
  schema: z.ZodMiniType<T>;
  /** migrations[n] turns version n into version n + 1. */
  migrations: Migrations;
};

type RestoreError = 'corrupt' | 'newer';

/**
 * Reads a stored envelope (`{ state, version }`, as zustand's persist writes it): parses JSON,
 * reads the header, migrates older versions step by step, validates. `null` input (nothing
 * stored) gives `ok(null)`. A newer version is reported, never migrated down.
 */
export function restoreStoredState<T>(
  raw: string | null,
  spec: StoredStateSpec<T>,
): Result<T | null, RestoreError> {
  if (raw === null) return ok(null);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fail('corrupt');
  }
  const header = readHeader(json, { version: spec.version });
  if (!header.ok) return fail(header.error === 'newerVersion' ? 'newer' : 'corrupt');
  const migrated = migrate(header.value.state, header.value.version, spec.version, spec.migrations);
  if (!migrated.ok) return fail('corrupt');
  const parsed = spec.schema.safeParse(migrated.value);
  return parsed.success ? ok(parsed.data) : fail('corrupt');
}
