/**
 * The address's parts, parsed and serialised without side effects (address.ts puts them together).
 * The query holds what the reader chose (`?country=ISO3`); the hash holds the camera in MapLibre's own
 * format (`#map=zoom/lat/lon`). Anything unreadable is ignored and reported as a notice, never thrown.
 */
import { t } from '../i18n/current';

/** What the address asks for, plus a notice for every part that was ignored. */
export interface UrlState {
  country: string | null;
  trip: string | null;
  /** null: the default (today). */
  date: string | null;
  /** The renderer the link asks for; null: the page chooses. */
  renderer: 'svg' | 'webgl' | null;
  notices: string[];
}

/** What the parser checks values against. */
export interface UrlContext {
  isKnown(iso3: string): boolean;
  isTrip(id: string): boolean;
  /** First and last day the map can show. */
  range: readonly [string, string];
  isDate(s: string): boolean;
}

/** Shortens and neutralises user text before a notice quotes it (rendered as text, never HTML; the message adds the quotation marks). */
function quote(value: string): string {
  // Drop control characters (a link can carry any byte).
  const clean = [...value]
    .filter((ch) => ch >= ' ' && ch !== '\u007f')
    .join('')
    .trim();
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}

/** The first value of a repeated key, with a notice (`repeated`, of how many) that the others were ignored. */
function first(
  params: URLSearchParams,
  key: string,
  repeated: (n: number) => string,
  notices: string[],
): string | null {
  const values = params.getAll(key);
  if (values.length > 1) notices.push(repeated(values.length));
  return values.length ? values[0].trim() : null;
}

/** Reads `?country=`, `?trip=` and `?date=` from a query string. */
export function parseQuery(search: string, ctx: UrlContext): UrlState {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  let country: string | null = null;
  const code = first(params, 'country', (n) => t.page.linkCountries(n), notices);
  if (code) {
    if (/^[A-Za-z]{3}$/.test(code) && ctx.isKnown(code.toUpperCase())) country = code.toUpperCase();
    else notices.push(t.page.linkNoCountry(quote(code)));
  }
  let trip: string | null = null;
  const id = first(params, 'trip', (n) => t.page.linkTrips(n), notices);
  if (id) {
    if (ctx.isTrip(id)) trip = id;
    else notices.push(t.page.linkNoTrip(quote(id)));
  }
  let date: string | null = null;
  const day = first(params, 'date', (n) => t.page.linkDates(n), notices);
  if (day) {
    const [lo, hi] = ctx.range;
    if (!ctx.isDate(day)) notices.push(t.page.linkNotADate(quote(day)));
    else if (day < lo || day > hi) notices.push(t.page.linkDateOutside(quote(day), lo, hi));
    else date = day;
  }
  let renderer: 'svg' | 'webgl' | null = null;
  const r = first(params, 'renderer', (n) => t.page.linkRenderers(n), notices);
  if (r === 'svg' || r === 'webgl') renderer = r;
  else if (r) notices.push(t.page.linkRenderer(quote(r)));
  return { country, trip, date, renderer, notices };
}

/** Writes the reader's choices into a query string (defaults left out), keeping other parameters. */
export function serializeQuery(
  search: string,
  state: { country: string | null; trip: string | null; date: string; today: string },
): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string | null) => (value ? params.set(key, value) : params.delete(key));
  set('country', state.country);
  set('trip', state.trip);
  set('date', state.date === state.today ? null : state.date);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The parts of a MapLibre map hash: zoom, latitude, longitude (bearing and pitch optional). */
export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/** Finds `map=` in a hash such as `#map=2/20/10&x=1`; null when there is none. */
function mapParam(hash: string): string | null {
  const body = hash.replace(/^#/, '');
  for (const part of body.split('&')) {
    const [key, ...rest] = part.split('=');
    if (key === 'map') return rest.join('=');
  }
  return null;
}

/**
 * Reads the camera from the hash. Returns `view: null` with a notice when `map=` is present but
 * is not a zoom (0–22), a latitude (−90…90) and a longitude (−180…180), or when it appears twice.
 */
export function parseMapHash(hash: string): { view: MapView | null; notice: string | null } {
  const raw = mapParam(hash);
  if (raw === null) return { view: null, notice: null };
  const repeated = hash.split('&').filter((p) => p.replace(/^#/, '').startsWith('map=')).length > 1;
  const parts = raw.split('/');
  const nums = parts.map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
  const [zoom, lat, lon] = nums;
  const ok =
    !repeated &&
    parts.length >= 3 &&
    parts.length <= 5 &&
    nums.every(Number.isFinite) &&
    zoom >= 0 &&
    zoom <= 22 &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180;
  return ok
    ? { view: { zoom, lat, lon }, notice: null }
    : { view: null, notice: t.page.linkMapView(quote(raw)) };
}

/** Removes `map=` from a hash, keeping any other hash parameters. */
export function withoutMapHash(hash: string): string {
  const rest = hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p !== '' && !p.startsWith('map='));
  return rest.length ? `#${rest.join('&')}` : '';
}

/** The hash with `map=` set to `view` (in MapLibre's format: formatView), other hash parameters kept. */
export function withMapHash(hash: string, view: string): string {
  const rest = withoutMapHash(hash).replace(/^#/, '');
  return `#map=${view}${rest ? `&${rest}` : ''}`;
}
