const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A typed date as YYYY-MM-DD when its meaning is certain: ISO dates (also with / or .), `3/15/2026` and
 * `15.3.2026` when the day is over 12, and month names (`March 15, 2026`, `15 Mar 2026`). Anything else,
 * including `3/4/2026` (March 4 or 3 April?) and impossible dates, is kept exactly as typed.
 */
export function normaliseDate(text: string): string {
  const trimmed = text.trim();
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(trimmed);
  if (match) return iso(match[1]!, match[2]!, match[3]!) ?? text;
  match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(trimmed);
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[3]), match[4]!];
    if (first > 12 && second <= 12) return iso(year, match[3]!, match[1]!) ?? text;
    if (second > 12 && first <= 12) return iso(year, match[1]!, match[3]!) ?? text;
    if (first === second) return iso(year, match[1]!, match[3]!) ?? text;
    return text;
  }
  match = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(trimmed);
  if (match) return named(match[1]!, match[2]!, match[3]!) ?? text;
  match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(trimmed);
  if (match) return named(match[2]!, match[1]!, match[3]!) ?? text;
  return text;
}

function named(month: string, day: string, year: string): string | undefined {
  const index = MONTHS.findIndex((m) => month.toLowerCase().startsWith(m));
  const full = new Date(Date.UTC(2000, index, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  if (index < 0 || !full.toLowerCase().startsWith(month.toLowerCase())) return undefined;
  return iso(year, String(index + 1), day);
}

function iso(year: string, month: string, day: string): string | undefined {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
