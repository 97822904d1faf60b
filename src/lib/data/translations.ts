/**
 * The data's texts in other languages: the lesson, the obligations at both reading levels, each
 * country's and territory's notes, the trips, outcomes, avoided summits, precedents, warrants, who
 * the publishers are and the borders note (TRANSLATED lists the fields). English stays in
 * data/*.json; each language has data/i18n/<lang>/<file> with, for every record (by its id) and
 * every translatable field (by its path), the text in that language:
 *
 *   { "lang": "fr", "file": "lesson.json", "translatedFrom": "2026-12-02",
 *     "method": "how it was translated, which authentic text the quotations come from",
 *     "records": { "warrant": { "caption": "…", "notes": "…" } } }
 *
 * checkTranslations fails on any English text without its translation, naming the file, the record,
 * the field and the language; applyTranslations gives a build the raw data in its language, before
 * the usual validation (dataset.ts).
 */
import { DataError } from './validate.ts';

type Raw = Record<string, unknown>;

/**
 * Where a file's records are (`list`), what names each one (`id`) and which fields are text to
 * translate. A field is a path: `notes`, `uncertain.*` (every key of an object), `court[].decision`
 * (that field of every item of a list); a translation names the concrete path (`uncertain.ratified`,
 * `court.0.decision`).
 */
interface ListSpec {
  list: string;
  id: (record: Raw) => string;
  fields: readonly string[];
}

const byId = (r: Raw) => String(r.id);
const byIso = (r: Raw) => String(r.iso3);

/** The files with translated fields. */
export const TRANSLATED = {
  'lesson.json': {
    top: ['title'],
    lists: [{ list: 'steps', id: byId, fields: ['caption', 'notes', 'predict', 'reveal'] }],
  },
  'obligations.json': {
    top: [],
    lists: [{ list: 'obligations', id: byId, fields: ['article', 'title', 'plain', 'legal'] }],
  },
  'countries.json': {
    top: [],
    lists: [
      {
        list: 'countries',
        id: byIso,
        fields: ['notes', 'uncertain.*', 'announcements[].what', 'declarations12_3[].note'],
      },
    ],
  },
  'territories.json': {
    top: [],
    lists: [{ list: 'territories', id: byIso, fields: ['instrument', 'notes', 'uncertain.*'] }],
  },
  'trips.json': {
    top: [],
    lists: [{ list: 'trips', id: byId, fields: ['city', 'event', 'notes', 'uncertain.*'] }],
  },
  'avoided.json': {
    top: [],
    lists: [
      {
        list: 'avoided',
        id: byId,
        fields: ['city', 'event', 'participation', 'reason', 'notes', 'uncertain.*'],
      },
    ],
  },
  'outcomes.json': {
    top: [],
    lists: [
      {
        list: 'outcomes',
        id: (r) => `${String(r.iso3)} ${String(r.visit)}`,
        fields: [
          'place',
          'justification',
          'notes',
          'uncertain.*',
          'court[].body',
          'court[].decision',
          'court[].reference',
          'reactions[].who',
          'reactions[].summary',
        ],
      },
    ],
  },
  'precedents.json': {
    top: [],
    lists: [
      {
        list: 'visits',
        id: byId,
        fields: [
          'city',
          'event',
          'summary',
          'notes',
          'uncertain.*',
          'decisions[].body',
          'decisions[].holding',
          'decisions[].immunity',
          'decisions[].reference',
        ],
      },
    ],
  },
  'warrants.json': {
    top: [],
    lists: [
      {
        list: 'warrants',
        id: byId,
        fields: [
          'person',
          'role',
          'chamber',
          'situation',
          'charges[].text',
          'responsibility',
          'notes',
          'uncertain.*',
        ],
      },
    ],
  },
  'publishers.json': {
    top: [],
    lists: [
      { list: 'publishers', id: byId, fields: ['about'] },
      { list: 'copyHosts', id: (r) => String(r.host), fields: ['about'] },
    ],
  },
  'borders.json': { top: ['description', 'policy[]'], lists: [] },
} as const satisfies Record<string, { top: readonly string[]; lists: readonly ListSpec[] }>;

export type TranslatedFile = keyof typeof TRANSLATED;

/** The pseudo-record that holds a file's top-level fields (the lesson's title). */
export const FILE_RECORD = '(file)';

export interface TranslationFile {
  lang: string;
  file: string;
  translatedFrom?: string;
  /** How the translation was made and which texts its quotations come from (for reviewers; not shown). */
  method?: string;
  records: Record<string, Record<string, string>>;
}

/** Every non-empty string `pattern` reaches in `value`, as [concrete path, text]. */
function expand(value: unknown, pattern: string): [string, string][] {
  const walk = (v: unknown, segments: string[], at: string[]): [string, string][] => {
    if (segments.length === 0) return typeof v === 'string' && v.trim() !== '' ? [[at.join('.'), v]] : [];
    const [head, ...rest] = segments;
    if (!v || typeof v !== 'object') return [];
    if (head === '*') return Object.entries(v as Raw).flatMap(([k, x]) => walk(x, rest, [...at, k]));
    if (head.endsWith('[]')) {
      const list = (v as Raw)[head.slice(0, -2)];
      if (!Array.isArray(list)) return [];
      return list.flatMap((x, i) => walk(x, rest, [...at, head.slice(0, -2), String(i)]));
    }
    return walk((v as Raw)[head], rest, [...at, head]);
  };
  return walk(value, pattern.split('.'), []);
}

/** Sets the string at a concrete path (`court.0.decision`), if one is there. */
function setAt(value: unknown, path: string, text: string): void {
  const segments = path.split('.');
  let at = value as Raw;
  for (const segment of segments.slice(0, -1)) {
    at = at?.[segment] as Raw;
    if (!at || typeof at !== 'object') return;
  }
  const last = segments[segments.length - 1];
  if (typeof at[last] === 'string') at[last] = text;
}

/** The English texts a file holds that need a translation, as [record, field, text]. */
export function translatable(file: TranslatedFile, raw: unknown): [string, string, string][] {
  const spec = TRANSLATED[file];
  const data = raw as Raw;
  const out: [string, string, string][] = [];
  for (const field of spec.top)
    for (const [path, text] of expand(data, field)) out.push([FILE_RECORD, path, text]);
  for (const { list, id, fields } of spec.lists as readonly ListSpec[])
    for (const record of (data[list] as Raw[] | undefined) ?? [])
      for (const field of fields)
        for (const [path, text] of expand(record, field)) out.push([id(record), path, text]);
  return out;
}

/** Every missing, empty or stray translation of `file` in `lang`, as DataErrors naming where. */
export function checkTranslations(
  file: TranslatedFile,
  raw: unknown,
  lang: string,
  translation: TranslationFile | undefined,
): DataError[] {
  const path = `data/i18n/${lang}/${file}`;
  if (!translation)
    return [
      new DataError(
        path,
        '(file)',
        'records',
        `the file is missing: ${lang} has no translation of data/${file}`,
      ),
    ];
  const errors: DataError[] = [];
  const wanted = translatable(file, raw);
  const keys = new Set(wanted.map(([r, f]) => `${r}\u0000${f}`));
  for (const [record, field] of wanted) {
    const text = translation.records?.[record]?.[field];
    if (typeof text !== 'string' || text.trim() === '')
      errors.push(new DataError(path, `record "${record}"`, field, `no ${lang} translation`));
  }
  for (const [record, fields] of Object.entries(translation.records ?? {}))
    for (const field of Object.keys(fields))
      if (!keys.has(`${record}\u0000${field}`))
        errors.push(
          new DataError(
            path,
            `record "${record}"`,
            field,
            `no such English text in data/${file} to translate`,
          ),
        );
  return errors;
}

/** `raw` (a file's JSON) with its translatable fields in the translation's language. */
export function applyTranslations(file: TranslatedFile, raw: unknown, translation: TranslationFile): unknown {
  const spec = TRANSLATED[file];
  const data = structuredClone(raw) as Raw;
  const of = (record: string) => Object.entries(translation.records[record] ?? {});
  // (checkTranslations has refused any path the English does not have.)
  for (const [path, text] of of(FILE_RECORD)) setAt(data, path, text);
  for (const { list, id } of spec.lists as readonly ListSpec[])
    for (const record of (data[list] as Raw[] | undefined) ?? [])
      for (const [path, text] of of(id(record))) setAt(record, path, text);
  return data;
}
