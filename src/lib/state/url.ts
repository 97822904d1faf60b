/**
 * The page address, read and written without side effects. The query holds what the reader chose
 * (`?country=ISO3`); the hash holds the camera in MapLibre's own format (`#map=zoom/lat/lon`), which
 * MapLibre writes itself. Anything unreadable is ignored and reported as a notice, never thrown.
 */

/** What the address asks for, plus a notice for every part that was ignored. */
export interface UrlState {
  country: string | null;
  notices: string[];
}

/** Shortens and neutralises user text before it is quoted in a notice (rendered as text, never HTML). */
function quote(value: string): string {
  // Drop control characters (a link can carry any byte).
  const clean = [...value]
    .filter((ch) => ch >= ' ' && ch !== '\u007f')
    .join('')
    .trim();
  return `“${clean.length > 24 ? `${clean.slice(0, 24)}…` : clean}”`;
}

/** Reads `?country=` from a query string; `isKnown` says whether an iso3 code has a record. */
export function parseQuery(search: string, isKnown: (iso3: string) => boolean): UrlState {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  let country: string | null = null;
  const values = params.getAll('country');
  if (values.length > 1) notices.push(`The link names ${values.length} countries; showing the first.`);
  if (values.length > 0) {
    const code = values[0].trim().toUpperCase();
    if (/^[A-Z]{3}$/.test(code) && isKnown(code)) country = code;
    else if (values[0] !== '')
      notices.push(`No country has the code ${quote(values[0])}; the link’s country was ignored.`);
  }
  return { country, notices };
}

/** Writes `country` into a query string, keeping any other parameters as they were. */
export function serializeQuery(search: string, state: { country: string | null }): string {
  const params = new URLSearchParams(search);
  if (state.country) params.set('country', state.country);
  else params.delete('country');
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
    : {
        view: null,
        notice: `The map position in the link (${quote(raw)}) could not be read; showing the whole world.`,
      };
}

/** Removes `map=` from a hash, keeping any other hash parameters. */
export function withoutMapHash(hash: string): string {
  const rest = hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p !== '' && !p.startsWith('map='));
  return rest.length ? `#${rest.join('&')}` : '';
}
