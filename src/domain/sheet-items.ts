import { fail, ok, type Result } from './result';
import { type Sheet, sheetSchema } from './sheet-schema';
import type { StoredStateSpec } from './stored-state';
import { type LiveItem, type SyncedDoc, syncedDocSchema } from './synced-doc';

/**
 * The conversation sheet as stored items, one per field, so two tabs that each change a different
 * field both keep their change. A field that is emptied is cleared and may come back.
 */
export function sheetItems(sheet: Sheet): Map<string, unknown> {
  const items = new Map<string, unknown>();
  for (const [field, value] of Object.entries(sheet)) {
    if (value !== undefined) items.set(field, value);
  }
  return items;
}

export const sheetItemIsFinal = () => false;

const FIELDS = new Set(Object.keys(sheetSchema.def.shape));

export function sheetFromItems(items: readonly LiveItem[]): Result<Sheet, 'corrupt'> {
  const raw: Record<string, unknown> = {};
  for (const { id, v } of items) if (FIELDS.has(id)) raw[id] = v;
  const parsed = sheetSchema.safeParse(raw);
  return parsed.success ? ok(parsed.data) : fail('corrupt');
}

/** Version 1 is the first: the sheet has always been stored as items. */
export const sheetDocSpec: StoredStateSpec<SyncedDoc> = {
  version: 1,
  schema: syncedDocSchema,
  migrations: {},
};
