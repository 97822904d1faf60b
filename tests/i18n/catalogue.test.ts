// Every message in every language: the same keys as English, of the same kind, with words in them;
// counts that follow each language's plural rules; and no English left in another language's words.
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en/index';
import { messages as fr } from '../../src/lib/i18n/fr/index';
import { messages as ru } from '../../src/lib/i18n/ru/index';
import { messages as uk } from '../../src/lib/i18n/uk/index';
import { useLanguage } from '../../src/lib/i18n/current';
import { catalogueSource, missingMessages } from '../../build/i18n-plugin';
import type { Messages } from '../../src/lib/i18n/types';

const OTHERS = { fr, ru, uk } as const;
const SECTIONS = Object.keys(en);

type Leaf = string | ((...args: never[]) => string) | Record<string, unknown>;

/** Each message as [path, value], objects of strings walked down to their strings. */
function leaves(m: object, path = ''): [string, Leaf][] {
  return Object.entries(m).flatMap(([k, v]): [string, Leaf][] =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? leaves(v, `${path}${k}.`)
      : [[`${path}${k}`, v as Leaf]],
  );
}

/**
 * A message function called with sample values: each parameter a count, a word or a list of words,
 * the first combination it accepts (the catalogue's types say which; the test does not read them).
 */
function call(fn: (...args: never[]) => string, n: number): string {
  const kinds = [n, 'X', ['A', 'B']];
  const combos = (k: number): unknown[][] =>
    k === 0 ? [[]] : combos(k - 1).flatMap((c) => kinds.map((v) => [...c, v]));
  let last: unknown;
  for (const args of combos(fn.length)) {
    try {
      return (fn as (...a: unknown[]) => string)(...args);
    } catch (e) {
      last = e;
    }
  }
  throw last;
}

afterEach(() => useLanguage('en', en as Messages));

describe.each(Object.entries(OTHERS))('the %s catalogue', (lang, messages) => {
  const english = new Map(leaves(en));
  const theirs = new Map(leaves(messages));

  it('has every English message and no other', () => {
    expect([...theirs.keys()].sort()).toEqual([...english.keys()].sort());
    const fromSource = missingMessages(
      catalogueSource('en', SECTIONS),
      catalogueSource(lang as 'fr', SECTIONS),
      lang as 'fr',
    );
    expect(fromSource).toEqual([]);
  });

  it('gives each message the same kind (text or a function of as many values) and words in it', () => {
    useLanguage(lang as 'fr', messages);
    for (const [key, value] of english) {
      const mine = theirs.get(key);
      expect(typeof mine, key).toBe(typeof value);
      if (typeof value === 'function' && typeof mine === 'function') {
        // A translation may leave a value out (its grammar may not need it), never ask for one more.
        expect(mine.length, key).toBeLessThanOrEqual(value.length);
        for (const n of [0, 1, 2, 5, 21]) {
          const text = call(mine, n);
          expect(text.trim().length, key).toBeGreaterThan(0);
          expect(text, key).not.toMatch(/undefined|NaN|\[object/);
        }
      } else if (typeof value === 'string' && value.trim() !== '') {
        expect(String(mine).trim(), key).not.toBe('');
      }
    }
  });

  it('leaves no sentence of English untranslated', () => {
    // Short words the languages share (names, codes, symbols) may be the same; a sentence may not.
    const same = [...english].filter(
      ([key, value]) => typeof value === 'string' && /\s\S+\s/.test(value) && theirs.get(key) === value,
    );
    expect(same.map(([k]) => k)).toEqual([]);
  });
});

describe('counting words', () => {
  it('Russian and Ukrainian give every count message its one, few and many forms', () => {
    for (const lang of ['ru', 'uk'] as const) {
      for (const [section, members] of catalogueSource(lang, SECTIONS))
        for (const [key, js] of members)
          if (/plural\(/.test(js))
            expect(js, `${lang}/${section}.ts ${key}`).toMatch(/one:[\s\S]*few:[\s\S]*many:[\s\S]*other:/);
    }
  });
});
