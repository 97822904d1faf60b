/**
 * Finding a country by what a reader types: any common spelling, with or without accents, in the
 * page's language or in English (on another language's page, the English name matches as an alias).
 */
import type { Country } from './schema.ts';
import { englishName } from './static-data.ts';
import { locale } from '../i18n/current.ts';

/** Other names readers use, by iso3 (English; the dataset holds one short name each). */
export const ALIASES: Readonly<Record<string, readonly string[]>> = {
  TUR: ['Turkey', 'Turkiye'],
  CIV: ['Ivory Coast', "Cote d'Ivoire"],
  CZE: ['Czech Republic'],
  SWZ: ['Swaziland'],
  MMR: ['Burma'],
  MKD: ['Macedonia'],
  CPV: ['Cape Verde'],
  TLS: ['East Timor'],
  COD: ['DR Congo', 'DRC', 'Congo-Kinshasa', 'Zaire'],
  COG: ['Congo-Brazzaville', 'Congo'],
  RUS: ['Russian Federation'],
  USA: ['USA', 'US', 'United States of America', 'America'],
  GBR: ['UK', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  KOR: ['Republic of Korea', 'Korea, South'],
  PRK: ['DPRK', "Democratic People's Republic of Korea", 'Korea, North'],
  VAT: ['Vatican', 'Vatican City'],
  PSE: ['State of Palestine', 'Gaza', 'West Bank'],
  VNM: ['Viet Nam'],
  LAO: ["Lao People's Democratic Republic"],
  IRN: ['Persia'],
  SYR: ['Syrian Arab Republic'],
  MDA: ['Republic of Moldova'],
  TZA: ['United Republic of Tanzania'],
  BOL: ['Plurinational State of Bolivia'],
  VEN: ['Bolivarian Republic of Venezuela'],
  FSM: ['Federated States of Micronesia'],
  NLD: ['Holland'],
  ARE: ['UAE', 'Emirates'],
  CAF: ['CAR'],
  BIH: ['Bosnia'],
  GMB: ['The Gambia'],
  BHS: ['The Bahamas'],
  TWN: ['Republic of China'],
  CHN: ["People's Republic of China", 'PRC'],
  XKX: ['Kosova'],
  ESH: ['Sahrawi Republic', 'SADR'],
  STP: ['Sao Tome and Principe'],
  KNA: ['St Kitts and Nevis'],
  LCA: ['St Lucia'],
  VCT: ['St Vincent and the Grenadines'],
};

/**
 * Lower case, accents and punctuation removed, letters of any script kept: "Côte d’Ivoire" → "cote
 * d ivoire", "Кот-д’Ивуар" → "кот д ивуар". An apostrophe inside a Cyrillic word (Ukrainian "Мʼянма",
 * typed ʼ, ’ or ') is dropped, so each spelling finds the others.
 */
export function normalize(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\p{Script=Cyrillic})['’ʼ](?=\p{Script=Cyrillic})/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface Match {
  country: Country;
  /** The name that matched, when it is not the country's own (e.g. "Turkey" for Türkiye, or the English name on another language's page). */
  via: string | null;
}

/**
 * Countries whose name, alias or code matches `query`: names that start with it first, then names
 * with a word that starts with it, then any name containing it; at most `limit`.
 */
export function searchCountries(
  query: string,
  countries: readonly Country[],
  limit = 8,
  /** Every country's names in the map's other languages, by iso3 (`virtual:icc-names`), once fetched. */
  names: Readonly<Record<string, readonly string[]>> = {},
): Match[] {
  const q = normalize(query);
  if (!q) return [];
  const scored: { m: Match; score: number }[] = [];
  for (const c of countries) {
    let best: { score: number; via: string | null } | null = null;
    const english = englishName(c);
    for (const [name, via] of [
      [c.name, null],
      ...(english !== c.name ? [[english, english]] : []),
      ...(ALIASES[c.iso3] ?? []).map((a) => [a, a]),
      ...(names[c.iso3] ?? []).map((a) => [a, a]),
      [c.iso3, null],
    ] as [string, string | null][]) {
      const n = normalize(name);
      const score =
        n === q
          ? 0
          : n.startsWith(q)
            ? 1
            : n.split(' ').some((w) => w.startsWith(q))
              ? 2
              : n.includes(q)
                ? 3
                : -1;
      if (score >= 0 && (!best || score < best.score))
        best = { score, via: via && normalize(via) !== normalize(c.name) ? via : null };
    }
    if (best) scored.push({ m: { country: c, via: best.via }, score: best.score });
  }
  const collator = new Intl.Collator(locale());
  return scored
    .sort((a, b) => a.score - b.score || collator.compare(a.m.country.name, b.m.country.name))
    .slice(0, limit)
    .map((s) => s.m);
}
