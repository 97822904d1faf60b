/** Dates in words, always read as calendar days (UTC), so no reader's time zone shifts them. */
const long = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2023-03-17" → "17 March 2023". */
export function formatDate(iso: string): string {
  return long.format(new Date(`${iso}T00:00:00Z`));
}

/** "1 trip", "2 trips". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
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

/** The day `n` days after `iso` (n may be negative). */
export function addDays(iso: string, n: number): string {
  const d = isoToDate(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return dateToIso(d);
}

/** "2024-09-02" … "2024-09-03" → "2–3 September 2024"; one day → "3 September 2024". */
export function formatRange(start: string, end: string): string {
  if (start === end) return formatDate(start);
  const [a, b] = [isoToDate(start), isoToDate(end)];
  const sameMonth = a.getUTCMonth() === b.getUTCMonth() && a.getUTCFullYear() === b.getUTCFullYear();
  if (sameMonth) return `${a.getUTCDate()}–${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}
