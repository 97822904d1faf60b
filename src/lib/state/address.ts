/**
 * The page's address, read and written in one place. The query holds what the reader chose
 * (`?country=`, `?trip=`, `?date=`, `?present=1&step=N`, `?renderer=`, `?lang=`), the hash the camera
 * (`#map=zoom/lat/lon`, MapLibre's format). The app writes it into the address bar, the lesson puts it
 * in its QR code and the handout prints it: all from `writeAddress`, so they always agree with the
 * screen. Defaults are left out; parameters this page does not know are kept.
 */
import {
  parseMapHash,
  parseQuery,
  serializeQuery,
  withMapHash,
  withoutMapHash,
  type UrlContext,
  type UrlState,
} from './url';
import { parsePresent, serializePresent, type Slide } from './presentation';
import { formatView, type MapView } from '../map/view';
import { isLang } from '../i18n/langs';
import { t } from '../i18n/current';

/** What a view's address says. */
export interface AddressState {
  country: string | null;
  trip: string | null;
  /** The map's date; left out of the address when it is `today`. */
  date: string;
  today: string;
  /** The lesson step, or null when not presenting. */
  slide: Slide | null;
  /**
   * The camera, or null while no renderer has reported one (the hash is then kept as it was), or
   * 'world' on the world view (no camera: each screen frames the world its own way).
   */
  view: MapView | null | 'world';
  /** The Precedents layer is on (`?precedents=1`); left out when off. */
  precedents?: boolean;
}

/** What an address asks for, with a notice for every part of it that was ignored. */
export interface ReadAddress {
  query: UrlState;
  slide: Slide | null;
  view: MapView | null;
  /** `?precedents=1`: the Precedents layer is on. */
  precedents: boolean;
  notices: string[];
  /** The hash with an unreadable `map=` taken out (the page writes it back so). */
  cleanHash: string | null;
}

/** A notice for a `?lang=` the map has no page for (the page's head script moved to any it has). */
function langNotice(search: string): string[] {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === null || isLang(asked.trim().toLowerCase().split(/[-_]/)[0])) return [];
  const shown = [...asked]
    .filter((ch) => ch >= ' ' && ch !== '\u007f')
    .join('')
    .slice(0, 24);
  return [t.app.unknownLanguage(`“${shown}”`)];
}

/** Reads a page address (`location`, or a URL). */
export function readAddress(
  at: { search: string; hash: string },
  ctx: UrlContext & { steps: number },
): ReadAddress {
  const query = parseQuery(at.search, ctx);
  const present = parsePresent(at.search, ctx.steps);
  const hash = parseMapHash(at.hash);
  return {
    query,
    slide: present.slide,
    precedents: new URLSearchParams(at.search).get('precedents') === '1',
    view: hash.view,
    notices: [
      ...query.notices,
      ...langNotice(at.search),
      ...(hash.notice ? [hash.notice] : []),
      ...(present.notice ? [present.notice] : []),
    ],
    cleanHash: hash.notice ? withoutMapHash(at.hash) : null,
  };
}

/** The address of `state`, as an absolute URL built on `page` (whose other parameters it keeps). */
export function writeAddress(page: string, state: AddressState): string {
  const url = new URL(page);
  const query = new URLSearchParams(serializePresent(serializeQuery(url.search, state), state.slide));
  if (state.precedents) query.set('precedents', '1');
  else query.delete('precedents');
  // The page's folder names its language (langs.ts: languagePage); a `lang=` it was opened with goes.
  query.delete('lang');
  const search = query.size ? `?${query}` : '';
  const hash =
    state.view === 'world'
      ? withoutMapHash(url.hash)
      : state.view
        ? withMapHash(url.hash, formatView(state.view))
        : url.hash;
  return `${url.origin}${url.pathname}${search}${hash}`;
}
