/**
 * The first paint: a plain SVG of the countries, shaded by status on the build's day, written into
 * index.html so that the reader sees the map before any script has run. The SVG renderer adopts it
 * (svg-renderer.svelte.ts) and draws on it from then on: it is the map wherever the SVG renderer
 * draws, and stays underneath while the WebGL map starts where that one is picked.
 *
 * Drawn in Web Mercator with the same framing as the interactive map's first view (WORLD_BOUNDS,
 * fitted with 8 px of padding), so the one replaces the other without a jump.
 */
import type { Plugin } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { parseDataset } from '../src/lib/data/dataset.ts';
import { statusOn, type Status } from '../src/lib/data/status.ts';
import { formatDate, todayIso } from '../src/lib/data/format.ts';
import { en } from '../src/lib/i18n/en/index.ts';
import { messages as fr } from '../src/lib/i18n/fr/index.ts';
import { messages as ru } from '../src/lib/i18n/ru/index.ts';
import { messages as uk } from '../src/lib/i18n/uk/index.ts';
import { DIR, LANGS, LOCALE, STORAGE_KEY, type Lang } from '../src/lib/i18n/langs.ts';
import type { Messages } from '../src/lib/i18n/types.ts';
import { useLanguage } from '../src/lib/i18n/current.ts';

/** Every language's catalogue (the build reads the one it is for). */
export const CATALOGUES: Readonly<Record<Lang, Messages>> = { en, fr, ru, uk };
import type { Country } from '../src/lib/data/schema.ts';
import { WORLD } from '../src/lib/map/first-paint-shapes.ts';
import { mapMarkup } from '../src/lib/map/svg/svg-markup.ts';
import { readDataFiles } from './data-plugin.ts';

export { WORLD };

export interface FirstPaintInput {
  topology: Topology<{ countries: GeometryCollection<{ iso3: string | null; name: string | null }> }>;
  smallStates: FeatureCollection<Point, { iso3: string }>;
  statusOf: (iso3: string | null) => Status;
  /** Whether the app's data has a record (and so a name) for a country. */
  hasRecord: (iso3: string) => boolean;
}

/** The map of the first paint: the SVG renderer's markup (svg-markup.ts) for the 1:110m countries. */
export function firstPaintSvg({ topology, smallStates, statusOf, hasRecord }: FirstPaintInput): string {
  const countries = feature(topology, topology.objects.countries).features as Feature<
    Polygon | MultiPolygon,
    { iso3: string | null; name: string | null }
  >[];
  return mapMarkup({ countries, smallStates: smallStates.features, statusOf, hasRecord });
}

/** The first day after `today` on which some country's status changes (the first paint is right until then). */
export function nextChange(countries: readonly Country[], today: string): string {
  const days = countries
    .flatMap((c) => [c.signed, c.signatureWithdrawn, c.ratified, c.entryIntoForce, c.withdrawalEffective])
    .filter((d): d is string => typeof d === 'string' && d > today)
    .sort();
  return days[0] ?? '9999-12-31';
}

/**
 * Runs as soon as the shell is parsed, before any other script: the first paint shows only what it
 * gets right. A link to another date, another view or the lesson, or a day on which some status has
 * changed since the build, hides the map until the SVG renderer has coloured it (svg-renderer.svelte.ts).
 */
function bootScript(day: string, until: string, locale: string): string {
  return `(function(){var q=location.search,t=new Date().toISOString().slice(0,10),m=document.getElementById('first-map');
var b=document.getElementById('boot');if(/[?&]present=/.test(q))b.classList.add('presenting');if(/[?&]embed=1/.test(q))b.classList.add('embed');
if(!m)return;
if(/[?&](date|present)=/.test(q)||/map=/.test(location.hash)||t<'${day}'||t>='${until}'){m.classList.add('stale');return}
if(t!=='${day}')document.getElementById('boot-day').textContent=new Intl.DateTimeFormat('${locale}',{day:'numeric',month:'long',year:'numeric',timeZone:'UTC'}).format(new Date());
requestAnimationFrame(function(){performance.mark('map-painted')})})()`;
}

/**
 * The page as the app first draws it (App.svelte: title, map, room for the timeline), with the
 * map inside, inert: the app replaces it when its script has run (main.ts). In the build's language.
 */
export function bootShell(
  svg: string,
  day: string,
  until: string,
  checked: string,
  lang: Lang = 'en',
): string {
  const { title, present, subtitle, statusAsOf, dataChecked, loadingMap } = CATALOGUES[lang].app;
  return (
    `<div id="boot" class="page" inert><div class="screen"><header class="masthead">` +
    `<div class="title-row"><h1>${title}</h1><button type="button" class="present-button">${present}</button></div>` +
    `<p class="subtitle">${subtitle}</p>` +
    `<p class="asof">${statusAsOf} <time id="boot-day">${formatDate(day)}</time> <span class="checked">` +
    `<span class="sep">·</span> ${dataChecked} <time>${formatDate(checked)}</time></span></p></header>` +
    `<main class="stage">${svg}<p class="loading-pill">${loadingMap}</p></main>` +
    `<div class="boot-timeline"></div></div></div><script>${bootScript(day, until, LOCALE[lang])}</script>`
  );
}

/**
 * Sends a reader to their language's page before anything is drawn. On the English page (the
 * site's root): the address's `?lang=`, else the choice made earlier on this device (the picker
 * stores it), else the first of the browser's languages the map has (the rules of langs.ts:
 * pickLang). On another language's page only an explicit `?lang=` moves. The `lang=` goes from the
 * address (the page's folder names its language); one the map does not have stays, and the app
 * says so (address.ts).
 */
export function languageRedirect(lang: Lang): string {
  const root = lang === 'en';
  const to = root ? `k+'/'` : `'../'+(k=='en'?'':k+'/')`;
  const stored = `try{s=localStorage.getItem('${STORAGE_KEY}')}catch(e){}c=(s?[s]:[]).concat(navigator.languages||[])`;
  return (
    `(function(){try{var q=location.search,a=/[?&]lang=([^&#]*)/.exec(q),c=[],s,i,k;` +
    `if(a)c=[decodeURIComponent(a[1])];${root ? `else{${stored}}` : ''}` +
    `for(i=0;i<c.length;i++){k=(c[i]+'').toLowerCase().split(/[-_]/)[0];if(/^(${LANGS.join('|')})$/.test(k)){` +
    `if(k!='${lang}')location.replace(${to}+q.replace(/([?&])lang=[^&#]*&?/,'$1').replace(/[?&]$/,'')+location.hash);return}}}catch(e){}})()`
  );
}

/** Fills `<!--first-paint-->` in index.html with the first view of the page and its map. */
export function firstPaintPlugin(lang: Lang = 'en', geoDir = 'public/geo'): Plugin {
  return {
    name: 'first-paint',
    transformIndexHtml(html) {
      // Dates in the build's language (format.ts reads it).
      useLanguage(lang, CATALOGUES[lang]);
      const files = ['countries-110m.json', 'small-states.json'].map((f) => `${geoDir}/${f}`);
      const missing = files.find((f) => !existsSync(f));
      if (missing) throw new Error(`${missing} is missing: run \`npm run geo\` first`);
      const [topology, smallStates] = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
      const { countries } = parseDataset(readDataFiles());
      const today = todayIso();
      const byIso3 = new Map(countries.countries.map((c) => [c.iso3, c]));
      const statusOf = (iso3: string | null): Status => {
        const c = iso3 ? byIso3.get(iso3) : undefined;
        return c ? statusOn(c, today) : 'notCovered';
      };
      const svg = firstPaintSvg({ topology, smallStates, statusOf, hasRecord: (iso3) => byIso3.has(iso3) });
      const page = html
        .replace(/<html lang="[^"]*"/, `<html lang="${lang}" dir="${DIR[lang]}"`)
        .replace(/<title>[^<]*<\/title>/, () => `<title>${CATALOGUES[lang].app.pageTitle}</title>`)
        .replace(
          /(<meta\s+name="description"\s+content=")[^"]*"/,
          (_, open) => `${open}${CATALOGUES[lang].app.description}"`,
        )
        .replace(
          /<noscript\s*>[\s\S]*?<\/noscript\s*>/,
          () => `<noscript>${CATALOGUES[lang].app.noscript}</noscript>`,
        )
        .replace('<!--first-paint-->', () =>
          bootShell(svg, today, nextChange(countries.countries, today), countries.asOf, lang),
        );
      // A function, not a string, as the replacement: the script itself holds "$1".
      return page.replace(
        /<meta charset="utf-8" \/>/,
        (meta) => `${meta}<script>${languageRedirect(lang)}</script>`,
      );
    },
  };
}
