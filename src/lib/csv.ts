import { type CsvTable, csvText } from '@/domain/csv-rows';
import type { CsvDelimiter } from '@/domain/export-format';
import { downloadText } from './file';

/**
 * Offers a CSV export as a file download. The layout, delimiter, quoting and formula guard are
 * the domain's (csvText in src/domain/csv-rows.ts, csvDelimiter in export-format.ts); this adds
 * only the file and its type.
 */
export function downloadCsv(fileName: string, table: CsvTable, delimiter: CsvDelimiter): void {
  downloadText(fileName, csvText(table, delimiter), 'text/csv;charset=utf-8');
}
