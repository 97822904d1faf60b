/**
 * The data's long texts in other languages: the lesson's captions and notes, the obligations at both
 * reading levels. English stays in data/*.json; each language has data/i18n/<lang>/<file> with, for
 * every record (by its id) and every translatable field, the text in that language:
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

/** The files with translated fields: where their records are, and which fields are text to translate. */
export const TRANSLATED = {
  'lesson.json': { top: ['title'], list: 'steps', fields: ['caption', 'notes', 'predict', 'reveal'] },
  'obligations.json': { top: [], list: 'obligations', fields: ['article', 'title', 'plain', 'legal'] },
} as const;

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

type Raw = Record<string, unknown>;

/** The English texts a file holds that need a translation, as [record, field, text]. */
export function translatable(file: TranslatedFile, raw: unknown): [string, string, string][] {
  const spec = TRANSLATED[file];
  const data = raw as Raw;
  const out: [string, string, string][] = [];
  for (const field of spec.top)
    if (typeof data[field] === 'string') out.push([FILE_RECORD, field, data[field] as string]);
  for (const record of (data[spec.list] as Raw[] | undefined) ?? [])
    for (const field of spec.fields)
      if (typeof record[field] === 'string' && (record[field] as string).trim() !== '')
        out.push([String(record.id), field, record[field] as string]);
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
  const of = (record: string, field: string) => translation.records[record]?.[field];
  for (const field of spec.top) data[field] = of(FILE_RECORD, field) ?? data[field];
  for (const record of (data[spec.list] as Raw[] | undefined) ?? [])
    for (const field of spec.fields) {
      const text = of(String(record.id), field);
      if (text !== undefined && typeof record[field] === 'string') record[field] = text;
    }
  return data;
}
