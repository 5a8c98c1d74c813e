import { fail, ok, type Result } from './result';
import { type Settings, settingsSchema, settingsSpec } from './settings';
import type { StoredStateSpec } from './stored-state';
import { docOf, type LiveItem, makeStamp, type SyncedDoc, syncedDocSchema } from './synced-doc';

/** Settings as stored items, one per setting, so changing one in a tab never resets another. */
export function settingsItems(settings: Settings): Map<string, unknown> {
  const items = new Map<string, unknown>();
  if (settings.language !== null) items.set('language', settings.language);
  if (settings.projector !== undefined) items.set('projector', settings.projector);
  return items;
}

export const settingItemIsFinal = () => false;

export function settingsFromItems(items: readonly LiveItem[]): Result<Settings, 'corrupt'> {
  const raw: Record<string, unknown> = { language: null, projector: false };
  for (const { id, v } of items) if (id === 'language' || id === 'projector') raw[id] = v;
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? ok(parsed.data) : fail('corrupt');
}

export const SETTINGS_DOC_VERSION = 2;

/** Version 2 stores items; version 1 stored the settings as one object. */
export const settingsDocSpec: StoredStateSpec<SyncedDoc> = {
  version: SETTINGS_DOC_VERSION,
  schema: syncedDocSchema,
  migrations: {
    1: (state) =>
      docOf(settingsItems(settingsSpec.schema.parse(state)), (index) =>
        makeStamp(0, index, 'legacy'),
      ),
  },
};
