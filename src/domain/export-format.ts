import type { Language } from './languages';

/** The cell delimiters the app writes; the quoting rule in csv-rows.ts follows the one chosen. */
export type CsvDelimiter = ',' | ';';

/**
 * The delimiter a spreadsheet in the user's language expects. Dutch settings use the comma as the
 * decimal sign, so Excel and LibreOffice split a Dutch CSV on ';' (a comma-separated file opens
 * as one column); English settings split on ','. Typed per language: a new language must choose.
 */
const DELIMITERS: Record<Language, CsvDelimiter> = { en: ',', nl: ';' };

/** The CSV delimiter for a language code such as "nl" or "en-GB" (English's for any other). */
export function csvDelimiter(language: string): CsvDelimiter {
  const base = language.toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(DELIMITERS, base) ? DELIMITERS[base as Language] : DELIMITERS.en;
}

/** At most this many characters of a name go into a file name (file systems allow 255 bytes). */
export const MAX_NAME_IN_FILE = 50;

/**
 * A collective's or session's name as a part of a file name that every file system and mail
 * program accepts: accents dropped ("Coöperatie" → "cooperatie"), lower case, letters and digits
 * of any script kept, every run of other characters (spaces, / \ : * ? " < > |, dots, emoji)
 * one "-", no "-" at either end, at most MAX_NAME_IN_FILE characters cut at a word boundary
 * where there is one. Empty when nothing usable is left.
 */
export function fileNamePart(name: string): string {
  const plain = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (plain.length <= MAX_NAME_IN_FILE) return plain;
  const cut = plain.slice(0, MAX_NAME_IN_FILE + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > MAX_NAME_IN_FILE / 2 ? cut.slice(0, lastDash) : cut.slice(0, -1)).replace(
    /-+$/,
    '',
  );
}

/**
 * The name of every file the app offers for download, so a folder of exports sorts and reads
 * well: "collective-scan-<name>-<yyyy-mm-dd>[-<kind>].<extension>", e.g.
 * "collective-scan-buurtkracht-2026-11-28-group.csv". Without a usable name, the name part is
 * left out ("collective-scan-2026-11-28.csv"). `date` is the export day as yyyy-mm-dd.
 */
export function exportFileName(
  name: string | undefined,
  date: string,
  extension: string,
  kind?: string,
): string {
  const parts = ['collective-scan', fileNamePart(name ?? ''), date, fileNamePart(kind ?? '')];
  return `${parts.filter(Boolean).join('-')}.${extension}`;
}

/**
 * A day as yyyy-mm-dd in the device's own time zone: an export made at 00:30 in Amsterdam is
 * dated that day, not the day before (as toISOString's UTC date would have it).
 */
export function localIsoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
