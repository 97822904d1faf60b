/** The words of the timeline feature (see en/index.ts): its controls, tally, track, event list and events. */
import { num, plural } from '../plural.ts';

export const timeline = {
  /** The timeline's region name. */
  region: 'Timeline',
  /** Step buttons: the visible label, then the accessible name (which starts with it) and the tooltip. */
  back: 'Back',
  backLabel: 'Back to the previous event',
  backTitle: 'Previous event',
  play: 'Play',
  pause: 'Pause',
  next: 'Next',
  nextLabel: 'Next event',
  nextTitle: 'Next event',
  /** The span switch (a radio group) and its two choices. */
  span: 'Time span',
  sinceWarrant: 'Since the warrant',
  allTime: '2002 – today',
  /** Said when Play stops: the date, then the tally sentence (tallyBefore or tally). */
  paused: (date: string, tally: string) => `Paused on ${date}. ${tally}`,
  /** A date and what happened on it, as the screen reader hears it. */
  dated: (date: string, what: string) => `${date}: ${what}`,
  /** Between events named in one announcement or tooltip. */
  listSep: '; ',

  /** The tally beside the date, before the warrant. */
  before: (date: string) => `Before the arrest warrant (${date})`,
  /** The tally's three counts, in bold, each followed by its words. */
  trips: (n: number) => plural(n, { one: '# trip', other: '# trips' }),
  tripsSince: 'since the warrant',
  /** After the number of trips to States Parties. */
  toStatesParties: 'to States Parties',
  arrests: (n: number) => plural(n, { one: '# arrest', other: '# arrests' }),
  /** The tally as one sentence, for screen readers: the counts as trips(), num() and arrests() write them. */
  tallyBefore: (date: string) => `Before the arrest warrant (${date}).`,
  tally: (trips: string, toStatesParties: string, arrests: string) =>
    `${trips} since the warrant, ${toStatesParties} to States Parties, ${arrests}.`,

  /** The date handle (a slider): its name and its value read as words. */
  handle: 'Date',
  valueBefore: (date: string) => `${date}: before the arrest warrant`,
  value: (date: string, trips: string, toStatesParties: string) =>
    `${date}: ${trips} since the warrant, ${toStatesParties} to States Parties`,
  /** A mark's tooltip: what it marks and when. */
  mark: (what: string, when: string) => `${what} — ${when}`,
  /** A mark that stands for more events than it names: those named (joined by listSep), and how many more. */
  andMore: (more: number, named: string) => `${named}; and ${num(more)} more`,
  dateSpan: (from: string, to: string) => `${from} – ${to}`,

  /** The list of the timeline's events, below the map. */
  listTitle: 'Events on the timeline',
  listHint: 'Select one to move the map to that day (a trip opens the country he visited).',
  includeEarlier: 'Include treaty changes before the warrant',
  /** Between an event's date and its name in the list. */
  dateSep: ': ',
  /** A trip in the list: its number and city (tripEvent). */
  tripItem: (label: string) => `Trip ${label}`,

  /** The events' names (timeline marks, the list, the announcements). */
  warrantEvent: 'ICC arrest warrant for Vladimir Putin',
  /** An avoided visit: the event and the city, as the data names them. */
  avoidedEvent: (event: string, city: string) => `Stayed away: ${event}, ${city}`,
  entryEvent: (country: string) => `${country} becomes a State Party`,
  withdrawalEvent: (country: string) => `${country}’s withdrawal takes effect`,
};
