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

/** Today's calendar date as YYYY-MM-DD, in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
