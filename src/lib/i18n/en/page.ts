/** The page around the map: the country table, notices, the offline bar, the keyboard shortcuts, skip links, the link's notices (see en/index.ts). */
import { plural } from '../plural.ts';

export const page = {
  // The country table (CountryTable.svelte).
  tableTitle: (date: string) => `All countries on ${date}`,
  tableIntro:
    'Select a name to open its panel, or a column’s heading to sort by it. The same facts as the map, as a table, on the map’s date.',
  tableRegion: 'Table of all countries (scrolls sideways)',
  colCountry: 'Country',
  colStatus: 'Status',
  colSigned: 'Signed',
  colRatified: 'Ratified or acceded',
  colInForce: 'In force',
  colWithdrawal: 'Withdrawal effective',
  /** A country that signed on a day no source gives. */
  signedDayUnknown: 'Yes (day not found)',

  // Notices (Notices.svelte, OfflineNotice.svelte).
  dismissNotice: 'Dismiss this notice',
  newerVersion:
    'A newer version of the map is ready (its data may have changed). This page shows the older one.',
  reload: 'Reload',
  offlineNow: (asOf: string) =>
    `You are offline: this is the map as saved on this device, with data as of ${asOf}.`,
  savedOffline: 'Saved on this device: the map and the lesson now work offline.',

  // The keyboard shortcuts (ShortcutsDialog.svelte): key names as the reader's keyboard shows them (arrows, letters and ? are the component's).
  shortcutsTitle: 'Keyboard shortcuts',
  shortcutsClose: 'Close',
  keysMap: 'On the map',
  keyArrowsWhat: 'Move to the neighbouring country in that direction',
  keyStops: '] and [',
  keyStopsWhat: 'Next and previous stop: his trips, and the summits he stayed away from',
  keyOpen: 'Enter or Space',
  keyOpenWhat: 'Open the country or the stop the keyboard is on',
  keyPan: 'Shift + arrows',
  keyPanWhat: 'Pan the map',
  keyZoom: '+ and −',
  keyZoomWhat: 'Zoom in and out',
  keyHome: 'Home',
  keyHomeWhat: 'Back to the world view',
  keysTimeline: 'On the timeline’s date handle',
  keyDayWhat: 'A day earlier or later (Shift: a month)',
  keyMonth: 'Page Up, Page Down',
  keyMonthWhat: 'A month earlier or later',
  keyEnds: 'Home, End',
  keyEndsWhat: 'The first and the last day',
  keysLesson: 'In the lesson',
  keyNext: '→, Page Down, Space',
  keyNextWhat: 'Next (reveals a prediction’s answer first)',
  keyBack: '←, Page Up',
  keyBackWhat: 'Back',
  keyNotesWhat: 'Presenter notes',
  keyRevealWhat: 'Reveal the answer',
  keyFullscreenWhat: 'Full screen',
  keyEsc: 'Esc',
  keyLeaveWhat: 'Leave the lesson',
  keysAnywhere: 'Anywhere',
  keyCloseWhat: 'Close the country panel',
  keyHelpWhat: 'This list',

  // Skip links (SkipLinks.svelte).
  skipLinks: 'Skip links',
  skipMap: 'Skip to the map',
  skipTimeline: 'Skip to the timeline',
  skipCountryList: 'Skip to the country list',
  skipEvents: 'Skip to the list of events',
  skipDownloads: 'Skip to the data downloads',

  // What the link asked for and the page ignored (lib/state/url.ts); the values are quoted as given.
  linkCountries: (n: number) =>
    plural(n, {
      one: 'The link names # country; showing the first.',
      other: 'The link names # countries; showing the first.',
    }),
  linkTrips: (n: number) =>
    plural(n, {
      one: 'The link names # trip; showing the first.',
      other: 'The link names # trips; showing the first.',
    }),
  linkDates: (n: number) =>
    plural(n, {
      one: 'The link names # date; showing the first.',
      other: 'The link names # dates; showing the first.',
    }),
  linkRenderers: (n: number) =>
    plural(n, {
      one: 'The link names # renderer; showing the first.',
      other: 'The link names # renderers; showing the first.',
    }),
  linkNoCountry: (code: string) => `No country has the code “${code}”; the link’s country was ignored.`,
  linkNoTrip: (id: string) => `No trip has the id “${id}”; the link’s trip was ignored.`,
  linkNotADate: (value: string) => `The date “${value}” is not a date (YYYY-MM-DD); showing today.`,
  /** `first` and `last` are the map's first and last days, YYYY-MM-DD as in the link. */
  linkDateOutside: (value: string, first: string, last: string) =>
    `The date “${value}” is outside ${first} – ${last}; showing today.`,
  linkRenderer: (value: string) =>
    `The map cannot be drawn as “${value}” (renderer=svg or webgl); the page chose.`,
  linkMapView: (value: string) =>
    `The map position in the link (“${value}”) could not be read; showing the whole world.`,
  /** The sources' chunk (with the Court's decisions on earlier visits) could not be downloaded. */
  sourcesFailed:
    'The list of sources and the Court’s decisions on earlier visits could not be downloaded. Reload to try again.',
};
