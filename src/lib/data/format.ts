/** Dates in words, always read as calendar days (UTC), so no reader's time zone shifts them. */
import { utcDay, utcMonth } from 'd3-time';
import { locale } from '../i18n/locale-state.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

/** Day, month in words and year, in the page's language (one formatter per locale). */
function long(): Intl.DateTimeFormat {
  const loc = locale();
  let f = formats.get(loc);
  if (!f) {
    f = new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(loc, f);
  }
  return f;
}

/** "2023-03-17" → "17 March 2023" (« 17 mars 2023 », «17 марта 2023 г.»). */
export function formatDate(iso: string): string {
  const text = long().format(new Date(`${iso}T00:00:00Z`));
  // French writes the first of the month as an ordinal (« 1er juillet 2002 »); CLDR does not.
  return locale().startsWith('fr') ? text.replace(/^1(?= )/, '1er') : text;
}

/** Today's calendar date as YYYY-MM-DD, in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** "2023-03-17" → a Date at 00:00 UTC that day. */
export function isoToDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** A Date → its UTC calendar day, YYYY-MM-DD. */
export function dateToIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * The same day `n` calendar months after `iso` (n may be negative), or the month's last day when it
 * has no such day: 31 January + 1 month is 29 February in a leap year.
 */
export function addMonths(iso: string, n: number): string {
  const d = isoToDate(iso);
  const month = utcMonth.offset(utcMonth.floor(d), n);
  const days = utcDay.count(month, utcMonth.offset(month, 1));
  return dateToIso(utcDay.offset(month, Math.min(d.getUTCDate(), days) - 1));
}

/** The day `n` days after `iso` (n may be negative). */
export function addDays(iso: string, n: number): string {
  const d = isoToDate(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return dateToIso(d);
}

/** "2024-09-02" … "2024-09-03" → "2–3 September 2024"; one day → "3 September 2024". */
export function formatRange(start: string, end: string): string {
  return start === end ? formatDate(start) : long().formatRange(isoToDate(start), isoToDate(end));
}
