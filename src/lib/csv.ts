import { type CsvTable, csvText } from '@/domain/csv-rows';
import { downloadText } from './file';

/**
 * Offers a CSV export as a file download. The layout, quoting and formula guard are the domain's
 * (csvText in src/domain/csv-rows.ts); this adds only the file and its type.
 */
export function downloadCsv(fileName: string, table: CsvTable): void {
  downloadText(fileName, csvText(table), 'text/csv;charset=utf-8');
}
