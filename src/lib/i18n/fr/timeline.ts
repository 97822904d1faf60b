import type { Messages } from '../types.ts';
import { plural } from '../plural.ts';

export const timeline: Messages['timeline'] = {
  region: 'Frise chronologique',
  back: 'Retour',
  backLabel: 'Retour à l’événement précédent',
  backTitle: 'Événement précédent',
  play: 'Lecture',
  pause: 'Pause',
  next: 'Suivant',
  nextLabel: 'Événement suivant',
  nextTitle: 'Événement suivant',
  span: 'Période',
  sinceWarrant: 'Depuis le mandat',
  allTime: '2002 – aujourd’hui',
  paused: (date, tally) => `En pause au ${date}. ${tally}`,
  dated: (date, what) => `${date}\u202f: ${what}`,
  listSep: '\u202f; ',

  before: (date) => `Avant le mandat d’arrêt (${date})`,
  trips: (n) => plural(n, { one: '# voyage', other: '# voyages' }),
  tripsSince: 'depuis le mandat',
  toStatesParties: 'dans des États Parties',
  arrests: (n) => plural(n, { one: '# arrestation', other: '# arrestations' }),
  tallyBefore: (date) => `Avant le mandat d’arrêt (${date}).`,
  tally: (trips, toStatesParties, arrests) =>
    `${trips} depuis le mandat, ${toStatesParties} dans des États Parties, ${arrests}.`,

  handle: 'Date',
  valueBefore: (date) => `${date}\u202f: avant le mandat d’arrêt`,
  value: (date, trips, toStatesParties) =>
    `${date}\u202f: ${trips} depuis le mandat, ${toStatesParties} dans des États Parties`,
  mark: (what, when) => `${what} — ${when}`,
  andMore: (more, named) => `${named}\u202f; et ${plural(more, { one: '# autre', other: '# autres' })}`,
  dateSpan: (from, to) => `${from} – ${to}`,

  listTitle: 'Les événements de la frise',
  listHint:
    'Choisissez-en un pour afficher la carte à cette date (un voyage ouvre le pays où il s’est rendu).',
  includeEarlier: 'Inclure les entrées en vigueur et les retraits antérieurs au mandat',
  dateSep: '\u202f: ',
  tripItem: (label) => `Voyage ${label}`,

  warrantEvent: 'Mandat d’arrêt de la CPI contre Vladimir Poutine',
  avoidedEvent: (event, city) => `Ne s’est pas déplacé\u202f: ${event}, ${city}`,
  entryEvent: (country) => `${country}, nouvel État Partie`,
  withdrawalEvent: (country) => `${country}\u202f: prise d’effet du retrait`,
};
