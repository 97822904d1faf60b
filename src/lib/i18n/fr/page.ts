import type { Messages } from '../types.ts';
import { plural } from '../plural.ts';

export const page: Messages['page'] = {
  tableTitle: (date) => `Tous les pays au ${date}`,
  tableIntro:
    'Sélectionnez un nom pour ouvrir son panneau, ou l’en-tête d’une colonne pour trier selon celle-ci. Les mêmes informations que la carte, sous forme de tableau, à la date de la carte.',
  tableRegion: 'Tableau de tous les pays (défile horizontalement)',
  colCountry: 'Pays',
  colStatus: 'Statut',
  colSigned: 'Signature',
  colRatified: 'Ratification ou adhésion',
  colInForce: 'Entrée en vigueur',
  colWithdrawal: 'Retrait effectif',
  signedDayUnknown: 'Oui (jour non trouvé)',

  dismissNotice: 'Fermer ce message',
  newerVersion:
    'Une version plus récente de la carte est prête (ses données ont peut-être changé). Cette page affiche l’ancienne.',
  reload: 'Recharger',
  offlineNow: (asOf) =>
    `Vous êtes hors ligne\u202f: voici la carte telle qu’enregistrée sur cet appareil, avec les données au ${asOf}.`,
  savedOffline: 'Enregistrée sur cet appareil : la carte et la leçon fonctionnent désormais hors ligne.',

  shortcutsTitle: 'Raccourcis clavier',
  shortcutsClose: 'Fermer',
  keysMap: 'Sur la carte',
  keyArrowsWhat: 'Aller au pays voisin dans cette direction',
  keyStops: '] et [',
  keyStopsWhat: 'Escale suivante et précédente : ses voyages, et les sommets dont il s’est tenu à l’écart',
  keyOpen: 'Entrée ou Espace',
  keyOpenWhat: 'Ouvrir le pays ou l’escale sélectionnés au clavier',
  keyPan: 'Maj + flèches',
  keyPanWhat: 'Déplacer la carte',
  keyZoom: '+ et −',
  keyZoomWhat: 'Zoomer et dézoomer',
  keyHome: 'Origine',
  keyHomeWhat: 'Revenir à la vue du monde entier',
  keysTimeline: 'Sur le curseur de date de la frise chronologique',
  keyDayWhat: 'Un jour plus tôt ou plus tard (Maj : un mois)',
  keyMonth: 'Page précédente, Page suivante',
  keyMonthWhat: 'Un mois plus tôt ou plus tard',
  keyEnds: 'Origine, Fin',
  keyEndsWhat: 'Le premier et le dernier jour',
  keysLesson: 'Pendant la leçon',
  keyNext: '→, Page suivante, Espace',
  keyNextWhat: 'Suivant (dévoile d’abord la réponse à la question posée)',
  keyBack: '←, Page précédente',
  keyBackWhat: 'Précédent',
  keyNotesWhat: 'Notes du présentateur',
  keyRevealWhat: 'Dévoiler la réponse',
  keyFullscreenWhat: 'Plein écran',
  keyEsc: 'Échap',
  keyLeaveWhat: 'Quitter la leçon',
  keysAnywhere: 'Partout',
  keyCloseWhat: 'Fermer le panneau du pays',
  keyHelpWhat: 'Cette liste',

  skipLinks: 'Liens d’évitement',
  skipMap: 'Aller à la carte',
  skipTimeline: 'Aller à la frise chronologique',
  skipCountryList: 'Aller à la liste des pays',
  skipEvents: 'Aller à la liste des événements',
  skipDownloads: 'Aller aux téléchargements de données',

  linkCountries: (n) =>
    plural(n, {
      one: 'Le lien indique # pays ; le premier est affiché.',
      other: 'Le lien indique # pays ; le premier est affiché.',
    }),
  linkTrips: (n) =>
    plural(n, {
      one: 'Le lien indique # voyage ; le premier est affiché.',
      other: 'Le lien indique # voyages ; le premier est affiché.',
    }),
  linkDates: (n) =>
    plural(n, {
      one: 'Le lien indique # date ; la première est retenue.',
      other: 'Le lien indique # dates ; la première est retenue.',
    }),
  linkRenderers: (n) =>
    plural(n, {
      one: 'Le lien indique # moteur de rendu ; le premier est retenu.',
      other: 'Le lien indique # moteurs de rendu ; le premier est retenu.',
    }),
  linkNoCountry: (code) =>
    `Aucun pays n’a le code «\u202f${code}\u202f»\u202f; le pays indiqué dans le lien a été ignoré.`,
  linkNoTrip: (id) =>
    `Aucun voyage n’a l’identifiant «\u202f${id}\u202f»\u202f; le voyage indiqué dans le lien a été ignoré.`,
  linkNotADate: (value) =>
    `«\u202f${value}\u202f» n’est pas une date (AAAA-MM-JJ)\u202f; la carte est affichée à la date du jour.`,
  linkDateOutside: (value, first, last) =>
    `La date «\u202f${value}\u202f» est en dehors de la période ${first} – ${last}\u202f; la carte est affichée à la date du jour.`,
  linkRenderer: (value) =>
    `La carte ne peut pas être dessinée en «\u202f${value}\u202f» (renderer=svg ou webgl)\u202f; la page a choisi elle-même.`,
  linkMapView: (value) =>
    `La position de la carte indiquée dans le lien («\u202f${value}\u202f») n’a pas pu être lue\u202f; la carte montre le monde entier.`,
  sourcesFailed:
    'La liste des sources et les décisions de la Cour sur les visites précédentes n’ont pas pu être téléchargées. Rechargez la page pour réessayer.',
};
