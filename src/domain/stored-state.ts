import * as z from 'zod/mini';
import { fail, ok, type Result } from './result';

/** The envelope zustand's persist writes: `{ state, version }`. */
const envelopeSchema = z.object({ state: z.unknown(), version: z.number().check(z.int()) });

export type Migration = (state: unknown) => unknown;

export type StoredStateSpec<T> = {
  version: number;
  schema: z.ZodMiniType<T>;
  /** migrations[n] turns version n into version n + 1. */
  migrations: Record<number, Migration>;
};

export type RestoreReason = 'corrupt' | 'newer';

/**
 * Reads a stored envelope: parses JSON, migrates older versions step by step, validates.
 * `null` input (nothing stored) gives `ok(null)`. A newer version is reported, never migrated down.
 */
export function restoreStoredState<T>(
  raw: string | null,
  spec: StoredStateSpec<T>,
): Result<T | null, RestoreReason> {
  if (raw === null) return ok(null);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fail('corrupt');
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return fail('corrupt');
  let { state, version } = envelope.data;
  if (version > spec.version) return fail('newer');
  while (version < spec.version) {
    const migrate = spec.migrations[version];
    if (!migrate) return fail('corrupt');
    try {
      state = migrate(state);
    } catch {
      return fail('corrupt');
    }
    version += 1;
  }
  const parsed = spec.schema.safeParse(state);
  return parsed.success ? ok(parsed.data) : fail('corrupt');
}
