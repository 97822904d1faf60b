/**
 * Vite plugin: validates every data file when the build (or dev server) starts, failing with a
 * message that names the file, the record and the field; hands the page the validated dataset
 * (`virtual:icc-data`, with every source's publisher written in); and publishes the open data in
 * dist/data/.
 */
import type { Plugin } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  checkDrawnAreas,
  DATA_FILES,
  parseDataset,
  type Dataset,
  type DataFileName,
} from '../src/lib/data/dataset.ts';
import { openDataFiles } from '../src/lib/data/open-data.ts';
import { todayIso } from '../src/lib/data/format.ts';
import { localizeNames } from '../src/lib/data/localize.ts';
import { countryNames } from '../src/lib/i18n/names.ts';
import { LANGS, LOCALE, type Lang } from '../src/lib/i18n/langs.ts';
import {
  applyTranslations,
  checkTranslations,
  TRANSLATED,
  type TranslatedFile,
  type TranslationFile,
} from '../src/lib/data/translations.ts';
import { NAME_OVERRIDES as FR } from '../src/lib/i18n/fr/index.ts';
import { NAME_OVERRIDES as RU } from '../src/lib/i18n/ru/index.ts';
import { NAME_OVERRIDES as UK } from '../src/lib/i18n/uk/index.ts';

const OVERRIDES: Readonly<Record<Exclude<Lang, 'en'>, Readonly<Record<string, string>>>> = {
  fr: FR,
  ru: RU,
  uk: UK,
};
import { splitPrecedentText, splitSources } from '../src/lib/data/split-sources.ts';

/** The folder the data comes from: data/, or another one for benchmarks (ICC_DATA_DIR). */
export const dataDir = () => process.env.ICC_DATA_DIR ?? 'data';

/** A translation file (data/i18n/<lang>/<file>), or undefined when there is none. */
export function readTranslation(
  lang: string,
  file: TranslatedFile,
  dir = dataDir(),
): TranslationFile | undefined {
  const path = `${dir}/i18n/${lang}/${file}`;
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as TranslationFile;
  } catch (cause) {
    throw new Error(`data/i18n/${lang}/${file}: not valid JSON (${(cause as Error).message})`, { cause });
  }
}

/** A missing translation file fails the build like a missing field (every language has every file). */
const TRANSLATIONS_REQUIRED = true;

/** The data files' raw JSON with every translation checked (all languages: any build stops on a gap), in `lang`. */
export function translatedDataFiles(raw: Record<DataFileName, unknown>, lang: Lang, dir = dataDir()) {
  const out = { ...raw };
  const errors: string[] = [];
  for (const file of Object.keys(TRANSLATED) as TranslatedFile[]) {
    const name = (Object.entries(DATA_FILES) as [DataFileName, string][]).find(
      ([, f]) => f === `data/${file}`,
    )![0];
    for (const other of LANGS.filter((l) => l !== 'en')) {
      const translation = readTranslation(other, file, dir);
      if (!translation && !TRANSLATIONS_REQUIRED) continue;
      errors.push(...checkTranslations(file, raw[name], other, translation).map((e) => e.message));
      if (other === lang && translation) out[name] = applyTranslations(file, raw[name], translation);
    }
  }
  if (errors.length) throw new Error(errors.join('\n'));
  return out;
}

/** Reads every data file as JSON; a missing or malformed file is named in the error. */
export function readDataFiles(dir = dataDir()): Record<DataFileName, unknown> {
  const raw = {} as Record<DataFileName, unknown>;
  for (const [name, file] of Object.entries(DATA_FILES) as [DataFileName, string][]) {
    let text: string;
    try {
      text = readFileSync(`${dir}/${file.replace(/^data\//, '')}`, 'utf8');
    } catch {
      throw new Error(`${file}: the file is missing`);
    }
    try {
      raw[name] = JSON.parse(text);
    } catch (cause) {
      throw new Error(`${file}: not valid JSON (${(cause as Error).message})`, { cause });
    }
  }
  return raw;
}

/** The iso3 codes of the areas a geometry file draws (the 1:50m file draws the most). */
export function drawnAreas(file = 'public/geo/countries-50m.json'): string[] {
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
  const [object] = Object.values(topology.objects) as GeometryCollection[];
  const fc = feature(topology, object) as unknown as { features: { properties: { iso3?: string } }[] };
  return fc.features.map((f) => f.properties.iso3).filter((c): c is string => !!c);
}

const VIRTUAL = 'virtual:icc-data';
const SOURCES = 'virtual:icc-sources';
const NAMES = 'virtual:icc-names';

/**
 * Every country's and territory's name in every language the map has, by iso3 (search matches a
 * name typed in any of them): a chunk the search box fetches when a reader first types.
 */
export function namesModule(dataset: Dataset): string {
  const isos = [...dataset.countries.countries, ...dataset.territories];
  const byLang = LANGS.map((l) =>
    l === 'en'
      ? new Map(isos.map((c) => [c.iso3, c.name]))
      : namesIn(
          l,
          isos.map((c) => c.iso3),
        ),
  );
  const names = Object.fromEntries(
    isos.map((c) => [c.iso3, [...new Set(byLang.map((m) => m.get(c.iso3) ?? c.name))]]),
  );
  return `export default ${JSON.stringify(names)};`;
}

/** The page's dataset (no research notes) and, apart, its sources, the precedents' text and the publishers (split-sources.ts). */
function pageModules(dataset: Dataset): { data: string; sources: string } {
  // Research notes never reach the reader: they stay in data/ and the open data, not in the page.
  const page = JSON.parse(JSON.stringify(dataset, (key, value) => (key === 'research' ? undefined : value)));
  const table = splitSources(page);
  const precedents = splitPrecedentText(page.precedents);
  // Who the publishers are is read only beside a source: it comes with them.
  const publishers = page.publishers;
  delete page.publishers;
  return {
    data: `export default ${JSON.stringify(page)};`,
    sources:
      `export default ${JSON.stringify(table)};\nexport const precedents = ${JSON.stringify(precedents)};\n` +
      `export const publishers = ${JSON.stringify(publishers)};`,
  };
}

/** Country names in `lang` (none for English: the data's own), from CLDR and the reviewed overrides. */
function namesIn(lang: Lang, isos: readonly string[]): Map<string, string> {
  if (lang === 'en') return new Map();
  return countryNames(LOCALE[lang], isos, OVERRIDES[lang as Exclude<Lang, 'en'>]);
}

export function dataPlugin(lang: Lang = 'en'): Plugin {
  let names = new Map<string, string>();
  let files: Record<string, string> = {};
  let dataset: Dataset | null = null;
  /** The page's dataset: in the build's language (the open data stays English). */
  let pageData: Dataset | null = null;
  let modules: { data: string; sources: string } | null = null;
  const load = () =>
    (modules ??= pageModules(
      localizeNames(
        (pageData ??= parseDataset(translatedDataFiles(readDataFiles(), lang), lang !== 'en')),
        names,
      ),
    ));
  return {
    name: 'data-check',
    buildStart() {
      dataset = null;
      pageData = null;
      modules = null;
      if (process.env.VITEST) return; // tests validate the data themselves (tests/data)
      try {
        const raw = readDataFiles();
        dataset = parseDataset(raw);
        const geo = 'public/geo/countries-50m.json';
        if (existsSync(geo)) checkDrawnAreas(dataset, drawnAreas(geo), geo);
        files = openDataFiles(raw, dataset, todayIso());
        // The translations are open data too (dist/data/i18n/<lang>/), published once, with the English.
        if (lang === 'en')
          for (const other of LANGS.filter((l) => l !== 'en'))
            for (const file of Object.keys(TRANSLATED) as TranslatedFile[])
              files[`i18n/${other}/${file}`] = readFileSync(`${dataDir()}/i18n/${other}/${file}`, 'utf8');
        pageData = parseDataset(translatedDataFiles(raw, lang), lang !== 'en');
        names = namesIn(
          lang,
          [...dataset.countries.countries, ...dataset.territories].map((c) => c.iso3),
        );
      } catch (e) {
        this.error((e as Error).message);
      }
      for (const file of Object.values(DATA_FILES))
        this.addWatchFile(`${dataDir()}/${file.replace(/^data\//, '')}`);
    },
    resolveId(id) {
      return id === VIRTUAL || id === SOURCES || id === NAMES ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${VIRTUAL}`) return load().data;
      if (id === `\0${SOURCES}`) return load().sources;
      if (id === `\0${NAMES}`) return namesModule((dataset ??= parseDataset(readDataFiles())));
      return null;
    },
    generateBundle() {
      for (const [name, source] of Object.entries(files)) {
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
      }
    },
  };
}
