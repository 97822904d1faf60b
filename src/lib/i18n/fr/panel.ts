import type { Messages } from '../types.ts';
import { list, plural } from '../plural.ts';

export const panel: Messages['panel'] = {
  quotedFrom:
    'Les citations du Statut de Rome sont tirées de son texte authentique français ; celles marquées « traduction non officielle » ont été traduites de l’anglais par nos soins.',
  closeOn: (name) => `Fermer le panneau\u202f: ${name}`,
  onDate: (date) => `au ${date}`,
  sourcesTreatyDates: 'Sources des dates relatives au Statut',
  announcedOn: (date) => `Annonce du ${date}, qui n’est pas un retrait\u202f:`,
  sourcesAnnouncement: 'Sources de l’annonce',
  treatyDates: 'Dates relatives au Statut',
  checked: (status, trips) =>
    `Statut au regard du traité vérifié jusqu’au ${status}\u202f; voyages vérifiés jusqu’au ${trips}. Après chaque affirmation, les noms de ses sources sont des liens vers elles.`,
  sourcesApplies: 'Sources sur l’application du Statut à ce territoire',
  territoryDuty: (name) =>
    `L’État dont relève ce territoire (${name}) doit arrêter et remettre à la Cour toute personne visée par un mandat d’arrêt de la Cour qui s’y trouve, comme partout ailleurs sur son territoire (articles 86 et 89).`,
  territoryNoDuty: 'Le Statut n’impose ici aucune obligation d’arrêter qui que ce soit pour la Cour.',
  openCountry: (name) => `Voir le pays\u202f: ${name}`,
  checkedTo: (date) => `Vérifié jusqu’au ${date}.`,

  sheetSize: {
    peek: 'Taille du panneau\u202f: un tiers de l’écran. Appuyez pour la changer, ou utilisez les flèches haut et bas',
    half: 'Taille du panneau\u202f: la moitié de l’écran. Appuyez pour la changer, ou utilisez les flèches haut et bas',
    full: 'Taille du panneau\u202f: tout l’écran. Appuyez pour la changer, ou utilisez les flèches haut et bas',
  },

  colon: '\u202f: ',

  obligationsTitle: 'Ce que le Statut exige de ce pays',
  lawDetail: 'Le droit en détail (pour les enseignants)',
  sourcesFor: (what) => `Sources\u202f: ${what}`,

  storyTitle: 'Ce qui s’est passé',
  russiaTrips: 'La carte montre ses voyages hors de Russie.',
  notVisited: (date) =>
    `Vladimir Poutine ne s’est pas rendu dans ce pays depuis le mandat d’arrêt (voyages vérifiés jusqu’au ${date}).`,
  visitLabel: (n, city, dates) => `Visite ${n}\u202f: ${city}, ${dates}`,
  stepObligation: 'Obligation',
  stepVisit: (n) => `Visite ${n}`,
  afterMapDate: '(Après la date de la carte.)',
  sourcesVisit: 'Sources sur la visite',
  stepOutcome: 'Issue',
  arrested: 'Arrêté.',
  notArrested: 'Non arrêté.',
  sourcesOutcome: 'Sources sur l’issue',
  stepCourt: 'La Cour',
  sourcesDecision: (date) => `Sources sur la décision du ${date}`,
  noDecisionChecked: (date) =>
    `Aucune décision de la Cour sur cette visite n’a été trouvée (vérifié jusqu’au ${date}).`,
  decisionPending: 'Une décision est attendue.',
  stepReactions: 'Réactions',
  stepAvoided: 'Visite évitée',
  why: 'Raison\u202f:',
  noLinkStated: 'Aucun lien avec le mandat d’arrêt n’a été invoqué.',
  linkReported:
    'Aucun lien officiel avec le mandat d’arrêt n’a été fait\u202f; la presse a lié son absence au mandat.',

  precedentsTitle: 'Est-ce déjà arrivé ici\u202f?',
  decisionsFailed:
    'Les décisions de la Cour n’ont pas pu être téléchargées. Rechargez la page pour réessayer.',
  decisionsLoading: 'Chargement des décisions de la Cour…',
  courtDid: 'Ce qu’a fait la Cour',
  noDecision: 'Aucune décision de la Cour sur cette visite n’a été trouvée.',
  lineTitle: 'Les décisions précédentes',
  lineIntro: (names) =>
    `Ce que la Cour a jugé sur l’immunité des chefs d’État lorsque des États Parties n’ont pas arrêté ${list(names)}, jurisprudence que suit son constat de manquement concernant la Mongolie\u202f:`,
  precedentOutcome: {
    'not arrested': 'Pas d’arrestation.',
    'arrested and surrendered': 'Arrestation et remise à la Cour.',
    'arrested, then released': 'Arrestation, puis remise en liberté.',
  },
  referredBoth: 'La Cour en a référé à l’Assemblée des États Parties et au Conseil de sécurité de l’ONU.',
  referredSc: 'La Cour en a référé au Conseil de sécurité de l’ONU.',
  referredAsp: 'La Cour en a référé à l’Assemblée des États Parties.',
  notReferred: 'Sans renvoi.',

  allSources: (n) =>
    plural(n, { one: '# source, selon qui s’exprime', other: 'Toutes les # sources, selon qui s’exprime' }),
  copyReadAt: (host) => `copie consultée sur ${host}`,
  sources: 'Sources',
  source: (long) => `Source\u202f: ${long}`,
  theCopyRead: (host) => `La copie consultée, sur ${host}`,
  copy: 'copie',
  sourceLong: (who, title, date, copyHost) =>
    `${who}\u202f: ${title}${date ? `, ${date}` : ''}${copyHost ? ` (copie consultée sur ${copyHost})` : ''}`,
  sourceKind: {
    court: 'la Cour',
    un: 'Nations Unies',
    government: 'gouvernement',
    'russian-government': 'gouvernement russe',
    'state-media': 'média d’État',
    press: 'presse indépendante',
    ngo: 'ONG',
    academic: 'travaux universitaires',
    reference: 'ouvrage de référence',
  },
  sourceKindUnknown: 'source',

  uncertain: (labels) => `Incertain\u202f: ${labels.join(', ')}`,
  field: {
    signed: 'date de signature',
    ratified: 'date de ratification ou d’adhésion',
    ratificationType: 'type d’instrument',
    entryIntoForce: 'entrée en vigueur',
    withdrawalNotified: 'notification d’un retrait',
    withdrawalEffective: 'prise d’effet du retrait',
    signatureWithdrawn: 'date du retrait de la signature',
    declarations12_3: 'déclaration faite en vertu de l’article 12, paragraphe 3',
    announcements: 'annonce',
    start: 'date de la visite',
    end: 'date de son départ',
    city: 'lieu',
    lat: 'lieu',
    lon: 'lieu',
    event: 'objet de la visite',
    reason: 'raison invoquée',
    warrantLink: 'lien avec le mandat d’arrêt',
    participation: 'forme de la participation russe',
    justification: 'raisons invoquées',
    courtStatus: 'réponse de la Cour',
    arrested: 'issue',
    coverage: 'application du Statut à ce territoire',
    from: 'date à partir de laquelle le Statut s’y applique',
    issued: 'date du mandat d’arrêt',
    decisions: 'décisions de la Cour',
    status: 'où il se trouve aujourd’hui',
    charges: 'articles visés par les charges',
  },

  host: {
    occupied: 'Territoire de l’Ukraine occupé par la Russie (l’Ukraine a accepté la compétence de la Cour)',
    party: 'Hôte\u202f: État Partie ce jour-là, tenu de l’arrêter',
    pending:
      'Hôte\u202f: avait ratifié le Statut ou y avait adhéré, sans qu’il soit encore en vigueur ce jour-là',
    signatory: 'Hôte\u202f: signataire du Statut, non partie\u202f: aucune obligation d’arrestation',
    signatureWithdrawn:
      'Hôte\u202f: avait retiré sa signature\u202f; non partie\u202f: aucune obligation d’arrestation',
    withdrawn: 'Hôte\u202f: s’était retiré du Statut',
    nonSignatory: 'Hôte\u202f: non partie au Statut\u202f: aucune obligation d’arrestation',
    excluded: 'Hôte\u202f: aucune donnée',
    notCovered: 'Hôte\u202f: aucune donnée',
  },

  instrument: {
    ratification: 'Ratification',
    accession: 'Adhésion',
    succession: 'Partie par succession',
    unknown: 'Ratification ou adhésion',
  },
  factSigned: 'Signature',
  signedBy: (date) => `au plus tard le ${date} (le jour exact n’a pas été trouvé)`,
  factInForce: 'Entrée en vigueur à son égard',
  factInForceLatest: 'Entrée en vigueur à son égard, au plus tard',
  factSignatureWithdrawn: 'Retrait de la signature',
  factWithdrawalNotified: 'Notification du retrait',
  factWithdrawalEffective: 'Prise d’effet du retrait',
  factDeclaration: 'Acceptation de la compétence de la Cour (art. 12, par. 3)',
  factAnnounced: 'Annonce d’un retrait (non notifié)',

  partySince: (date, latest) => `État Partie depuis le ${date}${latest ? ' au plus tard' : ''}.`,
  partyLeavingSince: (since, leaving) =>
    `État Partie depuis le ${since}\u202f; son retrait prend effet le ${leaving}.`,
  pendingSince: (joined, inForce) =>
    `Ratification ou adhésion le ${joined}\u202f; le Statut entre en vigueur à son égard le ${inForce}.`,
  signedOn: (date) => `Signé le ${date}, non ratifié.`,
  signedNoDate: 'Signé, non ratifié.',
  withdrawnOn: (date) => `Ancien État Partie\u202f; son retrait a pris effet le ${date}.`,
  signatureWithdrawnOn: (date) =>
    `Signé, puis ce pays a déclaré le ${date} qu’il n’avait pas l’intention de devenir partie.`,
  notSigned: (label) => `${label}\u202f: ce pays n’a pas signé le Statut de Rome.`,

  partyBefore: (warrant) =>
    `Ce pays est un État Partie\u202f: il doit arrêter et remettre à la Cour toute personne visée par un mandat d’arrêt de la Cour (le mandat d’arrêt contre Vladimir Poutine a été délivré le ${warrant}) (articles 86 et 89). La qualité officielle de chef d’État ne met personne à l’abri de la Cour (article 27).`,
  partyAfter: () =>
    'Ce pays est un État Partie\u202f: si Vladimir Poutine se trouve sur son territoire, il doit l’arrêter et le remettre à la Cour (articles 86 et 89). La qualité officielle de chef d’État ne met personne à l’abri de la Cour (article 27).',
  partyLeaving: (date) =>
    `Son retrait prend effet le ${date}\u202f; d’ici là, il reste lié par le Statut (article 127).`,
  pending: (date) =>
    `Ce pays a ratifié le Statut ou y a adhéré\u202f; celui-ci entre en vigueur à son égard le ${date} (article 126). À partir de cette date, il doit arrêter et remettre à la Cour toute personne visée par un mandat d’arrêt de la Cour qui se trouve sur son territoire.`,
  signatory: () =>
    'Ce pays a signé le Statut mais ne l’a pas ratifié\u202f: il n’a donc aucune obligation d’arrêter Vladimir Poutine. En tant que signataire, il doit s’abstenir d’actes qui priveraient le traité de son objet et de son but (Convention de Vienne sur le droit des traités, article 18).',
  signatureWithdrawn: (date) =>
    `Ce pays a signé le Statut, puis a déclaré le ${date} qu’il ne deviendrait pas partie. Le Statut ne lui impose aucune obligation d’arrêter Vladimir Poutine.`,
  withdrawnAfter: (date) =>
    `Ce pays s’est retiré du Statut le ${date}, après la délivrance du mandat d’arrêt. Selon l’article 127, paragraphe 2, le retrait ne met pas fin à l’obligation de coopérer dans le cadre des enquêtes et procédures commencées lorsque l’État était partie, ce qui est le cas de l’enquête sur la situation en Ukraine et de ce mandat d’arrêt. Aucune décision de la Cour indiquant si cette obligation comprend l’arrestation de Vladimir Poutine n’a été trouvée dans les sources consultées.`,
  withdrawnBefore: (date) =>
    `Ce pays s’est retiré du Statut le ${date} (article 127), avant la délivrance du mandat d’arrêt\u202f: le Statut ne lui impose aucune obligation d’arrêter Vladimir Poutine. Les obligations nées lorsqu’il était partie demeurent.`,
  nonParty: () =>
    'Ce pays n’est pas partie au Statut\u202f: le Statut ne lui impose donc aucune obligation d’arrêter Vladimir Poutine. Il peut choisir de coopérer avec la Cour, et le Conseil de sécurité de l’ONU pourrait l’y obliger.',
  declaration: (dates) =>
    `Ce pays n’est pas un État Partie, mais il a accepté la compétence de la Cour par une déclaration faite en vertu de l’article 12, paragraphe 3 (${dates.join('\u202f; ')}). Un État qui fait une telle déclaration doit coopérer avec la Cour conformément au chapitre IX pour les crimes que vise sa déclaration, c’est-à-dire des crimes commis sur son propre territoire, et non pour la situation en Ukraine.`,
  ukraineDeclarations: (years) =>
    years.length === 1
      ? `L’Ukraine a accepté la compétence de la Cour à l’égard des crimes commis sur son territoire par une déclaration de ${years[0]} (article 12, paragraphe 3), qui l’oblige aussi à coopérer avec la Cour conformément au chapitre IX, y compris pour l’arrestation et la remise.`
      : `L’Ukraine a accepté la compétence de la Cour à l’égard des crimes commis sur son territoire par des déclarations de ${list(years)} (article 12, paragraphe 3), qui l’obligent aussi à coopérer avec la Cour conformément au chapitre IX, y compris pour l’arrestation et la remise.`,
  ukraineParty: (date) => `Elle est un État Partie depuis le ${date}.`,
  ukraineOccupied:
    'Les zones occupées font partie de l’Ukraine\u202f: les visites de Vladimir Poutine dans ces zones sont donc des déplacements sur un territoire relevant de la compétence de la Cour.',
};
