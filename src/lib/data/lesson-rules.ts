/**
 * The lesson is read aloud in class, so its words are checked against the records: every date it
 * writes comes from a record, a landing date is the trip's first day, a step about a trip names its
 * place, and counts of States Parties come from the data ({parties}), never typed in.
 */
import type { Country } from './schema.ts';
import type { LessonStep, Trip } from './schema-events.ts';
import { DATA_FILES } from './files.ts';
import { formatDate } from './format.ts';
import { rec } from './links.ts';
import { DataError } from './validate.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const M = MONTHS.join('|');
/** "8–10 October 2025", "30 August – 2 September 2024", "17 March 2023". */
const DATE_TEXT = new RegExp(
  `\\b(\\d{1,2})(?:\\s+(${M}))?(?:\\s*[–-]\\s*(\\d{1,2}))?\\s+(${M})\\s+(\\d{4})\\b`,
  'g',
);

const iso = (y: string, month: string, d: string) =>
  `${y}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${d.padStart(2, '0')}`;

/** The days a text writes out in words, as YYYY-MM-DD (a range gives its first and last day). */
export function datesInText(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DATE_TEXT)) {
    const [, d1, m1, d2, m2, y] = m;
    if (m1) out.push(iso(y, m1, d1), iso(y, m2, d2 ?? d1));
    else if (d2) out.push(iso(y, m2, d1), iso(y, m2, d2));
    else out.push(iso(y, m2, d1));
  }
  return out;
}

/** Every date the records hold: date fields, and dates written in their texts. */
function recordDates(records: readonly unknown[]): Set<string> {
  const dates = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (/^\d{4}-\d{2}-\d{2}$/.test(v)) dates.add(v);
      else for (const d of datesInText(v)) dates.add(d);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(records);
  return dates;
}

export interface LessonLinks {
  byIso: ReadonlyMap<string, Country>;
  trips: readonly Trip[];
  /** Every record a caption may take a date from. */
  records: readonly unknown[];
}

const TEXT_FIELDS = ['caption', 'predict', 'reveal', 'notes'] as const;
const PLACEHOLDERS = new Set(['parties']);

/** Throws a DataError naming the step and the field of the first statement the records do not bear out. */
export function checkLessonText(steps: readonly LessonStep[], { byIso, trips, records }: LessonLinks): void {
  const known = recordDates(records);
  steps.forEach((s, i) => {
    const fail = (field: string, detail: string): never => {
      throw new DataError(DATA_FILES.lesson, rec(i, 'id', s.id), field, detail);
    };
    const trip = s.trip ? trips.find((t) => t.id === s.trip) : undefined;
    for (const field of TEXT_FIELDS) {
      const text = s[field];
      if (!text) continue;
      for (const d of datesInText(text)) {
        if (!known.has(d)) fail(field, `${formatDate(d)} is not a date any record holds`);
      }
      for (const [, name] of text.matchAll(/\{(\w+)\}/g)) {
        if (!PLACEHOLDERS.has(name))
          fail(field, `{${name}} is not a placeholder the lesson knows ({parties})`);
      }
      const typed = text.match(/\b\d+\s+(?:other\s+)?States Parties/);
      if (typed) fail(field, `"${typed[0]}": write {parties}, so the count comes from the data`);
      if (trip && field !== 'notes') {
        for (const sentence of text.split(/(?<=[.?!])\s+/)) {
          if (!/\b(?:lands?|landed|landing|arriv\w*)\b/i.test(sentence)) continue;
          const days = datesInText(sentence);
          if (days.length && days[0] !== trip.start)
            fail(
              field,
              `says he arrived on ${formatDate(days[0])}, but trip "${trip.id}" starts on ${formatDate(trip.start)}`,
            );
        }
      }
    }
    if (trip) {
      const all = TEXT_FIELDS.map((f) => s[f] ?? '').join(' ');
      const country = byIso.get(trip.iso3)?.name ?? trip.iso3;
      if (!all.includes(trip.city) && !all.includes(country))
        fail('caption', `names neither ${trip.city} nor ${country}, where trip "${trip.id}" went`);
    }
  });
}
