// The map in French, Russian and Ukrainian: each language's page (dist/fr/, dist/ru/, dist/uk/) in
// its words from the first paint on, the root page sending readers to theirs, the picker, and no
// English interface text left on another language's page.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { blockScripts, useSite, visit, waitForMap, waitForMark } from './harness';
import { en } from '../../src/lib/i18n/en/index';
import { messages as fr } from '../../src/lib/i18n/fr/index';
import { messages as ru } from '../../src/lib/i18n/ru/index';
import { messages as uk } from '../../src/lib/i18n/uk/index';
import type { Messages } from '../../src/lib/i18n/types';
import { readdirSync, readFileSync } from 'node:fs';
import { TRANSLATED, translatable, type TranslatedFile } from '../../src/lib/data/translations';

const site = useSite();
const LANGS = { fr, ru, uk } as const satisfies Record<string, Messages>;
const LOCALE = { fr: 'fr-FR', ru: 'ru-RU', uk: 'uk-UA' } as const;
const MONGOLIA = { fr: 'Mongolie', ru: 'Монголия', uk: 'Монголія' } as const;

/** A context whose browser prefers `locale` (navigator.languages), for the root page's choice. */
const preferring = (locale: string) => (context: BrowserContext) =>
  context.addInitScript((l) => Object.defineProperty(navigator, 'languages', { get: () => [l] }), locale);

/** Every English interface sentence (a catalogue text of two words or more), for the no-English check. */
function englishSentences(): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (/\S\s+\S/.test(v) && v.length > 8) out.push(v.trim());
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(en);
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The data's English texts that every language translates (data/i18n/, translations.ts TRANSLATED). */
const TRANSLATED_TEXTS = new Set(
  (Object.keys(TRANSLATED) as TranslatedFile[]).flatMap((file) =>
    translatable(file, JSON.parse(readFileSync(`data/${file}`, 'utf8'))).map(([, , text]) => squash(text)),
  ),
);

/** The data's texts whose translation in `lang` is the English itself (a name: Omar Hassan Ahmad Al Bashir). */
function sameInTranslation(lang: string): Set<string> {
  const out = new Set<string>();
  for (const file of Object.keys(TRANSLATED) as TranslatedFile[]) {
    const records = JSON.parse(readFileSync(`data/i18n/${lang}/${file}`, 'utf8')).records as Record<
      string,
      Record<string, string>
    >;
    for (const [record, field, text] of translatable(file, JSON.parse(readFileSync(`data/${file}`, 'utf8'))))
      if (records[record]?.[field] === text) out.add(squash(text));
  }
  return out;
}

/**
 * Every other text of the data files (sources' titles and publishers' names stay in their
 * language, and English words inside them are not interface words), longest first.
 */
const DATA_TEXTS = (() => {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (v.length > 3 && !TRANSLATED_TEXTS.has(squash(v))) out.add(squash(v));
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const f of readdirSync('data').filter((f) => f.endsWith('.json')))
    walk(JSON.parse(readFileSync(`data/${f}`, 'utf8')));
  return [...out].sort((a, b) => b.length - a.length);
})();

/** `text` with the data's texts taken out. */
function withoutData(text: string): string {
  let rest = text.replace(/\s+/g, ' ');
  for (const d of DATA_TEXTS) if (rest.includes(d)) rest = rest.split(d).join(' ¦ ');
  return rest;
}

/** What a reader can see or hear on the page: its text, and its labels and titles. */
const pageWords = (page: Page) =>
  page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label],[title],[alt],[placeholder]')].flatMap((e) =>
      ['aria-label', 'title', 'alt', 'placeholder'].map((a) => e.getAttribute(a) ?? ''),
    );
    return `${document.body.innerText}\n${labels.join('\n')}\n${document.title}`;
  });

/** The texts the page marks as English (`lang="en"`: the originals kept beside translated quotations). */
const markedEnglish = (page: Page) =>
  page.evaluate(() =>
    [...document.body.querySelectorAll('[lang="en"]')].map((e) => (e as HTMLElement).innerText),
  );

describe.each(Object.keys(LANGS) as (keyof typeof LANGS)[])('the %s page', (lang) => {
  const m = LANGS[lang];
  it('draws its first paint in its language, before any script runs', async () => {
    const { page, context } = await visit(site, `${lang}/`, { width: 1280, height: 720 }, blockScripts);
    await waitForMark(page, 'map-painted');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(m.app.title);
    expect(await page.locator('.subtitle').textContent()).toBe(m.app.subtitle);
    const day = await page.locator('#boot-day').textContent();
    const today = new Intl.DateTimeFormat(LOCALE[lang], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date());
    expect(day).toBe(today);
    expect(await page.getByText(m.app.loadingMap).isVisible()).toBe(true);
    // Its letters drawn with a font that has them, not as empty boxes: in the heading's font, the
    // title's letters are not all as wide as a character no font has (fonts: README).
    const drawn = await page.getByRole('heading', { level: 1 }).evaluate((h) => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = getComputedStyle(h).font;
      const missing = ctx.measureText('\u{10FFFD}').width;
      const letters = [...(h.textContent ?? '')].filter((c) => /\p{L}/u.test(c) && c.charCodeAt(0) > 127);
      return (
        letters.filter((c) => Math.abs(ctx.measureText(c).width - missing) > 0.01).length / letters.length
      );
    });
    expect(drawn).toBe(1);
    await context.close();
  });

  it('opens Mongolia’s panel with its name and the page’s words in its language', async () => {
    const { page, context, errors } = await visit(site, `${lang}/?country=MNG&date=2024-09-03`);
    await waitForMap(page, 'svg');
    const panel = page.getByRole('region', { name: MONGOLIA[lang] });
    await panel.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(m.app.title);
    expect(await page.title()).toBe(m.app.pageTitle);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The translated lesson of `lang` (data/i18n/<lang>/lesson.json), its steps in the lesson's order. */
function lessonIn(lang: string): { title: string; captions: string[] } {
  const english = JSON.parse(readFileSync('data/lesson.json', 'utf8'));
  const { records } = JSON.parse(readFileSync(`data/i18n/${lang}/lesson.json`, 'utf8'));
  return {
    title: records['(file)'].title,
    captions: english.steps.map((s: { id: string }) => records[s.id].caption as string),
  };
}

describe.each(Object.keys(LANGS) as (keyof typeof LANGS)[])('the lesson in %s', (lang) => {
  it('its first and last steps show their captions in the language, over the map', async () => {
    const { captions } = lessonIn(lang);
    for (const step of [1, captions.length]) {
      const { page, context, errors } = await visit(site, `${lang}/?present=1&step=${step}`, {
        width: 1920,
        height: 1080,
      });
      const caption = page.locator('.present .caption');
      await caption.waitFor();
      const start = captions[step - 1].split('{parties}')[0].slice(0, 40);
      await expect.poll(() => caption.textContent()).toContain(start);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});

describe.each(Object.keys(LANGS) as (keyof typeof LANGS)[])('the printed handout in %s', (lang) => {
  it('prints the title, the legend and the lesson’s words in the language', async () => {
    const { page, context } = await visit(site, `${lang}/?date=2024-09-03`);
    await waitForMap(page, 'svg');
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.print-sheet');
    await sheet.waitFor();
    const text = withoutData((await sheet.innerText()).replace(/\s+/g, ' '));
    expect(text).toContain(LANGS[lang].app.title.replace(/\s+/g, ' '));
    const left = englishSentences().filter((s) => text.includes(s));
    expect(left).toEqual([]);
    await context.close();
  });

  it('fits one A4 page with the longest dates of all (Tajikistan, October 2025: the Mongolia decisions and the visit)', async () => {
    const { page, context } = await visit(site, `${lang}/?date=2025-10-09&country=TJK`);
    await waitForMap(page, 'svg');
    await page.emulateMedia({ media: 'print' });
    await page.locator('.print-sheet img.map-picture').waitFor({ state: 'attached' });
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await context.close();
  });
});

describe('choosing a language', () => {
  it('the root page sends a reader whose browser prefers Ukrainian to the Ukrainian page, keeping the link', async () => {
    const { page, context } = await visit(site, '?country=MNG', undefined, preferring('uk-UA'));
    await page.waitForURL(/\/uk\/\?country=MNG$/);
    await page.getByRole('region', { name: MONGOLIA.uk }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('uk');
    await context.close();
  });

  it('?lang= in a link wins over the browser, and an unknown one says so and stays in English', async () => {
    const { page, context } = await visit(site, '?lang=ru&date=2024-09-03', undefined, preferring('fr-FR'));
    await page.waitForURL(/\/ru\/\?date=2024-09-03$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await context.close();
    const second = await visit(site, '?lang=de');
    await second.page.getByText(/The map has no language “de”/).waitFor();
    expect(await second.page.getByRole('heading', { level: 1 }).textContent()).toBe(en.app.title);
    await second.context.close();
  });

  it('the picker reloads the page in the chosen language where it was, and the next visit keeps it', async () => {
    const { page, context } = await visit(site, 'fr/?country=MNG');
    await page.getByRole('region', { name: MONGOLIA.fr }).waitFor();
    await page.getByRole('combobox', { name: fr.app.language }).selectOption('ru');
    await page.waitForURL(/\/ru\/\?country=MNG/);
    await page.getByRole('region', { name: MONGOLIA.ru }).waitFor();
    // The root page remembers the choice made on this device.
    await page.goto(site.url);
    await page.waitForURL(/\/ru\/$/);
    await page.getByRole('combobox', { name: ru.app.language }).selectOption('en');
    await page.waitForURL((u) => u.pathname.endsWith('/some/path/'));
    await page.getByRole('heading', { name: en.app.title }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('icc-map-lang'))).toBe('en');
    await context.close();
  });
});

/** What of the page is English and should not be: interface sentences, and the data's translated texts. */
async function englishLeft(page: Page, lang: keyof typeof LANGS) {
  // English the page declares as English (a quotation's original) is not left over: take it out.
  const english = await markedEnglish(page);
  const all = squash(await pageWords(page));
  // (First, before the data's texts are cut out of the page's words: a name inside an original would split it.)
  let marked = all;
  for (const e of english.map(squash).filter((e) => e.length > 0)) marked = marked.split(e).join(' ¦ ');
  const words = withoutData(marked);
  const theirs = new Set<string>();
  const walk = (v: unknown) =>
    typeof v === 'string'
      ? theirs.add(v.trim())
      : v && typeof v === 'object' && Object.values(v).forEach(walk);
  walk(LANGS[lang]);
  const sentences = englishSentences().filter((s) => !theirs.has(s) && words.includes(s));
  // The data's translated texts in English (the visit, the Court's decisions, the notes). Long ones
  // only: a short one, a name, can sit in a source's title, which stays in its language.
  const same = sameInTranslation(lang);
  const data = [...TRANSLATED_TEXTS].filter((d) => d.length > 40 && !same.has(d) && all.includes(d));
  return { sentences, data, originals: english.filter((e) => e.startsWith('“')) };
}

describe('no English on another language’s page', () => {
  it.each(Object.keys(LANGS) as (keyof typeof LANGS)[])(
    'the %s page, with a panel open, shows no English interface sentence and none of the data’s translated texts in English',
    async (lang) => {
      const { page, context } = await visit(site, `${lang}/?country=MNG&date=2024-09-03`);
      await page.getByRole('region', { name: MONGOLIA[lang] }).waitFor();
      const left = await englishLeft(page, lang);
      expect(left.sentences).toEqual([]);
      expect(left.data).toEqual([]);
      // The originals beside the translated quotations are there, marked as English.
      expect(left.originals.length).toBeGreaterThan(0);
      await context.close();
    },
  );

  it.each(Object.keys(LANGS) as (keyof typeof LANGS)[])(
    'the %s page: an avoided summit (South Africa), an earlier suspect’s visit (Jordan) and the borders note, in its language',
    async (lang) => {
      for (const query of ['?country=ZAF&date=2023-08-23', '?country=JOR&date=2017-03-29&precedents=1']) {
        const { page, context } = await visit(site, `${lang}/${query}`);
        await page.locator('.panel h2').first().waitFor();
        if (query.includes('JOR')) await page.locator('.panel .visit').first().waitFor();
        const left = await englishLeft(page, lang);
        expect(left.sentences, query).toEqual([]);
        expect(left.data, query).toEqual([]);
        await context.close();
      }
      const { page, context } = await visit(site, `${lang}/?date=2024-09-03`);
      await waitForMap(page, 'svg');
      await page.getByRole('button', { name: LANGS[lang].map.bordersTitle }).click();
      await page.getByRole('dialog').waitFor();
      const left = await englishLeft(page, lang);
      expect(left.sentences).toEqual([]);
      expect(left.data).toEqual([]);
      await context.close();
    },
  );
});

describe('the translations as open data', () => {
  it('the site publishes each language’s texts of every data file under data/i18n/, not saved offline', async () => {
    for (const lang of Object.keys(LANGS))
      for (const file of Object.keys(TRANSLATED)) {
        const response = await fetch(new URL(`data/i18n/${lang}/${file}`, site.url));
        expect(response.status, `${lang}/${file}`).toBe(200);
        const json = (await response.json()) as { lang: string; records: Record<string, unknown> };
        expect(json.lang).toBe(lang);
        expect(Object.keys(json.records).length).toBeGreaterThan(0);
      }
    // 27 files a page never reads: the offline copy leaves them out.
    expect(readFileSync('dist/sw.js', 'utf8')).not.toContain('data/i18n/');
  });
});
