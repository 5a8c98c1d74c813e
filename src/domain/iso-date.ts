import * as z from 'zod/mini';

// A date or UTC time as the app writes it: `2026-11-01` or `2026-11-01T19:05:00.000Z`.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?Z)?$/;

/**
 * True for a real date or UTC time in the form the app writes (`toISOString()`, or the date
 * alone): no 31 February, no 25 o'clock. Dates in files and links are compared as text and shown
 * to the user, so anything else is refused rather than shown as "Invalid Date".
 */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return (
    y >= 1000 &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    date.getUTCMinutes() === mi &&
    date.getUTCSeconds() === s
  );
}

/** A real date or UTC time (see isIsoDate), for the schemas of files and links. */
export const isoDateSchema = z.string().check(z.refine(isIsoDate));
