/**
 * A plan date (yyyy-mm-dd) in the reader's language, e.g. "31 Jan 2027" or "31 jan 2027". Read as
 * a local day: `new Date('2027-01-31')` would be midnight UTC, the day before west of Greenwich.
 */
export function formatDay(day: string, language: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Date(year, month - 1, date).toLocaleDateString(language, { dateStyle: 'medium' });
}
