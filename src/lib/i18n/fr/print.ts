import type { Messages } from '../types.ts';
import { plural } from '../plural.ts';

export const print: Messages['print'] = {
  subtitle: (date) =>
    `Les États Parties au Statut de Rome et ses voyages à l’étranger depuis le mandat d’arrêt, au ${date}.`,
  subtitleAround: (date, country) =>
    `Les États Parties au Statut de Rome et ses voyages à l’étranger depuis le mandat d’arrêt, au ${date} (région\u202f: ${country}).`,
  noMap:
    'La carte est en cours de préparation pour l’impression ; les dates clés ci-dessous donnent les faits.',
  statusOn: (date) => `Statut au ${date}`,
  tripsKey: 'Voyages depuis le mandat d’arrêt',
  keyDates: 'Dates clés',
  tally: (date, trips, toParties, arrests) =>
    `Au ${date}\u202f: ${plural(trips, { one: '# voyage', other: '# voyages' })} à l’étranger depuis le mandat d’arrêt, ${plural(toParties, { one: 'dont # dans un État Partie', other: 'dont # dans des États Parties' })}\u202f; ${plural(arrests, { one: '# arrestation', other: '# arrestations' })}.`,
  noSource: 'Sources : sur la page de la carte.',
  warrantIssued: (chamber) => `${chamber} délivre un mandat d’arrêt contre Vladimir Poutine.`,
  visit: (city, country) => `Il se rend à ${city}, ${country} (État Partie).`,
  arrested: 'Il a été arrêté.',
  notArrested: 'Il n’a pas été arrêté.',
  decision: (body, decision) => `${body}\u202f: ${decision}`,
  foot: (treatiesAsOf, tripsAsOf, link) =>
    `Statut des traités vérifié au ${treatiesAsOf}\u202f; voyages au ${tripsAsOf}. Frontières\u202f: celles reconnues internationalement (résolution 68/262 de l’Assemblée générale des Nations Unies pour la Crimée)\u202f; les trajets sont schématiques. Cette vue\u202f: ${link}`,
};
