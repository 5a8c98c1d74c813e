import { Parser } from '@json2csv/plainjs';

// Cells that a spreadsheet would run as a formula (CWE-1236) start with one of these.
const FORMULA_START = /^[=+\-@\t\r]/;
// json2csv's own quoting misses a bare carriage return, which splits a row in spreadsheets.
const NEEDS_QUOTES = /[",\r\n]/;
const quoteIfNecessary = (value: string) =>
  NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/**
 * A CSV file that spreadsheet programs open correctly: RFC 4180 quoting, CRLF line ends, UTF-8 with
 * a byte order mark, and text cells starting with = + - @ (or tab/CR) prefixed with ' so they are
 * never run as formulas.
 */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const parser = new Parser<
    Record<string, string | number | null>,
    Record<string, string | number | null>
  >({
    fields: header.map((label, index) => ({ label, value: String(index) })),
    eol: '\r\n',
    withBOM: true,
    formatters: {
      string: (value: string) => quoteIfNecessary(FORMULA_START.test(value) ? `'${value}` : value),
    },
  });
  const records = rows.map((row) =>
    Object.fromEntries(row.map((cell, index) => [String(index), cell ?? ''])),
  );
  return `${parser.parse(records)}\r\n`;
}
