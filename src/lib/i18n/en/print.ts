/** The printed handout (PrintSheet.svelte; its title is t.app.title) (see en/index.ts). */
import { num, plural } from '../plural.ts';

export const print = {
  subtitle: (date: string) =>
    `The Rome Statute’s States Parties and his trips abroad since the warrant, on ${date}.`,
  /** With a country selected: the printed map is framed on its region. */
  subtitleAround: (date: string, country: string) =>
    `The Rome Statute’s States Parties and his trips abroad since the warrant, on ${date}, around ${country}.`,
  noMap: 'The map is being drawn for printing; the key dates below hold the facts.',
  statusOn: (date: string) => `Status on ${date}`,
  tripsKey: 'Trips since the warrant',
  keyDates: 'Key dates',
  tally: (date: string, trips: number, toParties: number, arrests: number) =>
    `By ${date}: ${plural(trips, { one: '# trip', other: '# trips' })} abroad since the warrant, ${num(toParties)} of them to States Parties; ${plural(arrests, { one: '# arrest', other: '# arrests' })}.`,
  /** A key date whose record names no source. */
  noSource: 'Sources: on the map’s page.',
  /** `chamber`: the body that issued the warrant, as the record names it. */
  warrantIssued: (chamber: string) => `${chamber} issues a warrant for the arrest of Vladimir Putin.`,
  visit: (city: string, country: string) => `He visits ${city}, ${country}, a State Party.`,
  arrested: 'He was arrested.',
  notArrested: 'He was not arrested.',
  /** A court's decision after a visit: the body, then its decision (quoted from the record). */
  decision: (body: string, decision: string) => `${body}: ${decision}`,
  foot: (treatiesAsOf: string, tripsAsOf: string, link: string) =>
    `Treaty status checked to ${treatiesAsOf}; trips to ${tripsAsOf}. Borders: internationally recognised (UN General Assembly resolution 68/262 for Crimea); routes are schematic. This view: ${link}`,
};
