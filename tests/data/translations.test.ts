// The data's long texts in other languages (data/i18n/<lang>/, src/lib/data/translations.ts): a
// missing translation stops the build, naming the file, the record, the field and the language.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  applyTranslations,
  checkTranslations,
  FILE_RECORD,
  translatable,
  type TranslationFile,
} from '../../src/lib/data/translations';
import { readTranslation } from '../../build/data-plugin';

const lesson = JSON.parse(readFileSync('data/lesson.json', 'utf8'));

/** A complete translation of the lesson, every text marked, to break one piece at a time. */
function fullTranslation(): TranslationFile {
  const records: TranslationFile['records'] = {};
  for (const [record, field, text] of translatable('lesson.json', lesson))
    (records[record] ??= {})[field] = `FR ${text.slice(0, 10)}`;
  return { lang: 'fr', file: 'lesson.json', records };
}

describe('translations of the data’s long texts', () => {
  it('the lesson has its title, captions, notes and questions to translate', () => {
    const fields = translatable('lesson.json', lesson);
    expect(fields.some(([r, f]) => r === FILE_RECORD && f === 'title')).toBe(true);
    expect(fields.some(([r, f]) => r === 'mongolia' && f === 'caption')).toBe(true);
    expect(fields.some(([r, f]) => r === 'mongolia' && f === 'predict')).toBe(true);
  });

  it('a missing translation names the file, the record, the field and the language', () => {
    const t = fullTranslation();
    delete t.records.mongolia.caption;
    expect(checkTranslations('lesson.json', lesson, 'fr', t).map((e) => e.message)).toEqual([
      'data/i18n/fr/lesson.json: record "mongolia", field "caption": no fr translation',
    ]);
  });

  it('an empty translation, or one of a text English does not have, is refused too', () => {
    const t = fullTranslation();
    t.records.warrant.caption = ' ';
    t.records.warrant.colour = 'bleu';
    expect(checkTranslations('lesson.json', lesson, 'fr', t).map((e) => e.message)).toEqual([
      'data/i18n/fr/lesson.json: record "warrant", field "caption": no fr translation',
      'data/i18n/fr/lesson.json: record "warrant", field "colour": no such English text in data/lesson.json to translate',
    ]);
  });

  it('a build in that language reads its texts, the rest of the record unchanged', () => {
    const out = applyTranslations('lesson.json', lesson, fullTranslation()) as typeof lesson;
    expect(out.title).toMatch(/^FR /);
    const step = out.steps.find((s: { id: string }) => s.id === 'mongolia');
    expect(step.caption).toMatch(/^FR /);
    expect(step.date).toBe(lesson.steps.find((s: { id: string }) => s.id === 'mongolia').date);
  });

  it.each(['fr', 'ru', 'uk'])('the %s translations in data/i18n are complete', (lang) => {
    for (const file of ['lesson.json', 'obligations.json'] as const) {
      const raw = JSON.parse(readFileSync(`data/${file}`, 'utf8'));
      const errors = checkTranslations(file, raw, lang, readTranslation(lang, file, 'data'));
      expect(errors.map((e) => e.message)).toEqual([]);
    }
  });
});
