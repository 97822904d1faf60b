// The data's long texts in other languages (data/i18n/<lang>/, src/lib/data/translations.ts): a
// missing translation stops the build, naming the file, the record, the field and the language.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  applyTranslations,
  checkTranslations,
  FILE_RECORD,
  translatable,
  TRANSLATED,
  type TranslatedFile,
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

  it('nested texts are named by their path: a doubt, an item of a list', () => {
    const outcomes = JSON.parse(readFileSync('data/outcomes.json', 'utf8'));
    const fields = translatable('outcomes.json', outcomes);
    const mongolia = fields.filter(([r]) => r === 'MNG 2024-09-03').map(([, f]) => f);
    expect(mongolia).toContain('justification');
    expect(mongolia).toContain('court.0.decision');
    expect(mongolia).toContain('reactions.0.summary');
    const countries = JSON.parse(readFileSync('data/countries.json', 'utf8'));
    const doubts = translatable('countries.json', countries).filter(([, f]) => f.startsWith('uncertain.'));
    expect(doubts.length).toBeGreaterThan(20);
    // a missing nested translation names its path
    const records: TranslationFile['records'] = {};
    for (const [record, field, text] of fields) (records[record] ??= {})[field] = `FR ${text.slice(0, 5)}`;
    delete records['MNG 2024-09-03']['court.0.decision'];
    expect(
      checkTranslations('outcomes.json', outcomes, 'fr', { lang: 'fr', file: 'outcomes.json', records }).map(
        (e) => e.message,
      ),
    ).toEqual([
      'data/i18n/fr/outcomes.json: record "MNG 2024-09-03", field "court.0.decision": no fr translation',
    ]);
    // and a build reads the nested texts in place
    records['MNG 2024-09-03']['court.0.decision'] = 'FR décision';
    const out = applyTranslations('outcomes.json', outcomes, {
      lang: 'fr',
      file: 'outcomes.json',
      records,
    }) as {
      outcomes: {
        iso3: string;
        court: { decision: string; date: string }[];
        reactions: { summary: string }[];
      }[];
    };
    const mng = out.outcomes.find((o) => o.iso3 === 'MNG')!;
    expect(mng.court[0].decision).toBe('FR décision');
    expect(mng.court[0].date).toBe(
      outcomes.outcomes.find((o: { iso3: string }) => o.iso3 === 'MNG').court[0].date,
    );
    expect(mng.reactions[0].summary).toMatch(/^FR /);
  });

  it.each(['fr', 'ru', 'uk'])('the %s translations in data/i18n are complete', (lang) => {
    for (const file of Object.keys(TRANSLATED) as TranslatedFile[]) {
      const raw = JSON.parse(readFileSync(`data/${file}`, 'utf8'));
      const errors = checkTranslations(file, raw, lang, readTranslation(lang, file, 'data'));
      expect(errors.map((e) => e.message)).toEqual([]);
    }
  });

  it.each(['fr', 'ru', 'uk'])(
    'every English original the %s translations keep beside a quotation (“…”) is in the English text',
    (lang) => {
      const squash = (x: string) =>
        x
          .replace(/[‘’ʼ]/g, "'")
          .replace(/[“”"«»]/g, '"')
          .replace(/\s+/g, ' ')
          .toLowerCase();
      const wrong: string[] = [];
      for (const file of Object.keys(TRANSLATED) as TranslatedFile[]) {
        const english = new Map(
          translatable(file, JSON.parse(readFileSync(`data/${file}`, 'utf8'))).map(([r, f, x]) => [
            `${r} ${f}`,
            squash(x),
          ]),
        );
        const records = readTranslation(lang, file, 'data')!.records;
        for (const [record, fields] of Object.entries(records))
          for (const [field, text] of Object.entries(fields)) {
            for (const [, original] of text.matchAll(/“([^”]*)”/g))
              if (!english.get(`${record} ${field}`)?.includes(squash(original)))
                wrong.push(`${file} ${record} ${field}: “${original}”`);
            // An original written the page's way («…») would not be marked as English.
            if (/англ\.\s*«/.test(text)) wrong.push(`${file} ${record} ${field}: англ. «…» (write “…”)`);
          }
      }
      expect(wrong).toEqual([]);
    },
  );
});
