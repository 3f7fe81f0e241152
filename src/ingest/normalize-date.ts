/**
 * Turns a date found in metadata into ISO 8601. A bare `YYYY-MM-DD` stays as written (turning it
 * into a UTC timestamp would invent a time of day); anything else the JavaScript date parser
 * understands becomes a UTC timestamp; an ISO date-time without offset is taken as UTC.
 * @param value date text from metadata
 * @returns ISO 8601 string, or undefined when the value is not a readable date
 */
export function normalizeDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return Number.isNaN(Date.parse(trimmed)) ? undefined : trimmed;
  // A local time without offset would be read in the machine's zone, making dates of the same
  // input differ between machines; take it as UTC instead.
  const zoneless = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/.exec(trimmed);
  const time = Date.parse(zoneless === null ? trimmed : `${zoneless[1] ?? ''}T${zoneless[2] ?? ''}Z`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
