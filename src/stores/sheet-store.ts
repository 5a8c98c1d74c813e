import { sheetDocSpec, sheetFromItems, sheetItemIsFinal, sheetItems } from '@/domain/sheet-items';
import type { Sheet } from '@/domain/sheet-schema';
import type { SaveResult } from './sync-engine';
import { createSyncedStore } from './synced-store';

const SHEET_STORAGE_KEY = 'collective-scan:sheet';

type SheetActions = {
  /** Saves the sheet as the board filled it in (see applySheetDraft). */
  setSheet: (sheet: Sheet) => void;
  /** The sheet from a backup replaces this one, whole or not at all. */
  replaceSheet: (sheet: Sheet) => SaveResult;
};

/** The conversation sheet for the municipality: kept with the scan, on this device. */
export const useSheetStore = createSyncedStore<{ sheet: Sheet }, SheetActions>(
  {
    key: SHEET_STORAGE_KEY,
    data: 'sheet',
    spec: sheetDocSpec,
    toItems: (state) => sheetItems(state.sheet),
    fromItems: (items) => {
      const read = sheetFromItems(items);
      return read.ok ? { ok: true, value: { sheet: read.value } } : read;
    },
    final: sheetItemIsFinal,
    empty: () => ({ sheet: {} }),
  },
  ({ commit }) => ({
    setSheet: (sheet) => void commit(() => ({ sheet })),
    replaceSheet: (sheet) => commit(() => ({ sheet }), { atomic: true }),
  }),
);
