/**
 * The words of the panel feature (see en/index.ts): the country and territory panels, and the
 * sentences lib/data builds for them (obligations, treaty facts, hosts, precedents, sources).
 * Messages that name a country take `the` (lib/data/obligations.ts `takesThe`): whether English
 * puts "the" before the name ("the Philippines"). Other languages need not use it.
 */
import { list, plural } from '../plural.ts';

export const panel = {
  /** Which text of the Rome Statute the panel's quotations come from (every language says its own). */
  quotedFrom: 'Quotations of the Rome Statute are from its authentic English text.',
  // CountryPanel, TerritoryPanel
  closeOn: (name: string) => `Close the panel on ${name}`,
  /** After the status's label, in bold: "State Party on 1 November 2026". */
  onDate: (date: string) => `on ${date}`,
  sourcesTreatyDates: 'Sources for the treaty dates',
  announcedOn: (date: string) => `Announced on ${date}, not a withdrawal:`,
  sourcesAnnouncement: 'Sources for the announcement',
  treatyDates: 'Treaty dates',
  checked: (status: string, trips: string) =>
    `Treaty status checked to ${status}; trips to ${trips}. After each statement, the names of its sources link to them.`,
  sourcesApplies: 'Sources on whether the Statute applies here',
  territoryDuty: (name: string, the: boolean) =>
    `${the ? 'The ' : ''}${name} must arrest and surrender anyone the Court has a warrant for who is here, as anywhere on its territory (Articles 86 and 89).`,
  territoryNoDuty: 'The Statute gives no duty to arrest anyone here for the Court.',
  openCountry: (name: string) => `Open ${name}`,
  checkedTo: (date: string) => `Checked to ${date}.`,

  // SheetHandle: the bottom sheet's size, read by its handle.
  sheetSize: {
    peek: 'Panel size: a third of the screen. Press to change, or use the up and down arrows',
    half: 'Panel size: half of the screen. Press to change, or use the up and down arrows',
    full: 'Panel size: all of the screen. Press to change, or use the up and down arrows',
  },

  /** Between two values the markup shows ("Ulaanbaatar: state visit"); French puts a narrow no-break space before it. */
  colon: ': ',

  // PanelObligations
  obligationsTitle: 'What the Statute requires of it',
  lawDetail: 'The law in detail (for teachers)',
  /** A screen reader's name for the sources of a statement the data names ("Article 86", an event). */
  sourcesFor: (what: string) => `Sources for ${what}`,

  // PanelStory
  storyTitle: 'What happened',
  russiaTrips: 'The map shows his trips outside Russia.',
  notVisited: (date: string, name: string, the: boolean) =>
    `Vladimir Putin has not visited ${the ? 'the ' : ''}${name} since the warrant (trips checked to ${date}).`,
  visitLabel: (n: number, city: string, dates: string) => `Visit ${n}: ${city}, ${dates}`,
  stepObligation: 'Obligation',
  stepVisit: (n: number) => `Visit ${n}`,
  afterMapDate: '(After the map’s date.)',
  sourcesVisit: 'Sources for the visit',
  stepOutcome: 'Outcome',
  arrested: 'Arrested.',
  notArrested: 'Not arrested.',
  sourcesOutcome: 'Sources for the outcome',
  stepCourt: 'The Court',
  sourcesDecision: (date: string) => `Sources for the decision of ${date}`,
  noDecisionChecked: (date: string) =>
    `No decision of the Court on this visit was found (checked to ${date}).`,
  decisionPending: 'A decision is pending.',
  stepReactions: 'Reactions',
  stepAvoided: 'Stayed away',
  why: 'Why:',
  noLinkStated: 'No link to the warrant was stated.',
  linkReported: 'No official link to the warrant was given; the press linked the absence to it.',

  // PanelPrecedents
  precedentsTitle: 'Has this happened here before?',
  decisionsFailed: 'The Court’s decisions could not be downloaded. Reload to try again.',
  decisionsLoading: 'Loading the Court’s decisions…',
  courtDid: 'What the Court did',
  noDecision: 'No decision of the Court on this visit was found.',
  lineTitle: 'The decisions before this one',
  lineIntro: (names: readonly string[]) =>
    `What the Court held on head-of-state immunity when States Parties did not arrest ${list(names)}, the line its finding on Mongolia follows:`,
  /** lib/data/precedents.ts outcomeSentence: another suspect's visit, by its outcome. */
  precedentOutcome: {
    'not arrested': 'Not arrested.',
    'arrested and surrendered': 'Arrested and surrendered.',
    'arrested, then released': 'Arrested, then released.',
  },
  /** lib/data/precedents.ts referralWords. */
  referredBoth: 'Referred to the Assembly of States Parties and the UN Security Council.',
  referredSc: 'Referred to the UN Security Council.',
  referredAsp: 'Referred to the Assembly of States Parties.',
  notReferred: 'Not referred.',

  // PanelSources, SourceLinks, lib/data/source-view.ts
  allSources: (n: number) => plural(n, { other: 'All # sources, by who is speaking' }),
  copyReadAt: (host: string) => `copy read at ${host}`,
  sources: 'Sources',
  source: (long: string) => `Source: ${long}`,
  theCopyRead: (host: string) => `The copy read, at ${host}`,
  copy: 'copy',
  /** A source's whole citation in one line (tooltip, screen reader); `date` and `copyHost` may be empty. */
  sourceLong: (who: string, title: string, date: string, copyHost: string) =>
    `${who}: ${title}${date ? `, ${date}` : ''}${copyHost ? ` (copy read at ${copyHost})` : ''}`,
  /** What a reader is told a kind of source is (data/publishers.json `kind`). */
  sourceKind: {
    court: 'the Court',
    un: 'United Nations',
    government: 'government',
    'russian-government': 'Russian government',
    'state-media': 'state-owned media',
    press: 'independent press',
    ngo: 'NGO',
    academic: 'scholarship',
    reference: 'reference work',
  },
  sourceKindUnknown: 'source',

  // Uncertain, lib/data/uncertain.ts
  uncertain: (labels: readonly string[]) => `Uncertain: ${labels.join(', ')}`,
  /** What a field is, for a reader ("Uncertain: signature date"). */
  field: {
    signed: 'signature date',
    ratified: 'date of ratification or accession',
    ratificationType: 'type of instrument',
    entryIntoForce: 'entry into force',
    withdrawalNotified: 'whether a withdrawal was notified',
    withdrawalEffective: 'whether the withdrawal took effect',
    signatureWithdrawn: 'date the signature was withdrawn',
    declarations12_3: 'Article 12(3) declaration',
    announcements: 'announcement',
    start: 'date of the visit',
    end: 'date he left',
    city: 'place',
    lat: 'place',
    lon: 'place',
    event: 'what the visit was',
    reason: 'stated reason',
    warrantLink: 'link to the warrant',
    participation: 'how Russia took part',
    justification: 'stated reasons',
    courtStatus: 'the Court’s response',
    arrested: 'outcome',
    coverage: 'whether the Statute applies there',
    from: 'date the Statute began to apply there',
    issued: 'date of the warrant',
    decisions: 'the Court’s decisions',
    status: 'where he is now',
    charges: 'articles of the charges',
  },

  // lib/data/trips.ts hostLabel: the host's situation on the day of a visit.
  host: {
    occupied: 'Territory of Ukraine occupied by Russia (Ukraine accepted the Court’s jurisdiction)',
    party: 'Host: a State Party that day, bound to arrest him',
    pending: 'Host: had joined the Statute, not yet in force that day',
    signatory: 'Host: signed the Statute, not a party: no duty to arrest',
    signatureWithdrawn: 'Host: withdrew its signature; not a party: no duty to arrest',
    withdrawn: 'Host: had withdrawn from the Statute',
    nonSignatory: 'Host: not a party to the Statute: no duty to arrest',
    excluded: 'Host: no record',
    notCovered: 'Host: no record',
  },

  // lib/data/facts.ts: the treaty dates' labels.
  instrument: {
    ratification: 'Ratified',
    accession: 'Acceded',
    succession: 'Party by succession',
    unknown: 'Ratified or acceded',
  },
  factSigned: 'Signed',
  signedBy: (date: string) => `by ${date} (the day was not found)`,
  factInForce: 'In force for it',
  factInForceLatest: 'In force for it, at the latest',
  factSignatureWithdrawn: 'Withdrew its signature',
  factWithdrawalNotified: 'Notified its withdrawal',
  factWithdrawalEffective: 'Withdrawal took effect',
  factDeclaration: 'Accepted the Court’s jurisdiction (Art. 12(3))',
  factAnnounced: 'Announced a withdrawal (not notified)',

  // lib/data/facts.ts statusSentence: the status on the map's date, in one sentence.
  partySince: (date: string, latest: boolean) =>
    `State Party since ${date}${latest ? ' at the latest' : ''}.`,
  partyLeavingSince: (since: string, leaving: string) =>
    `State Party since ${since}; its withdrawal takes effect on ${leaving}.`,
  pendingSince: (joined: string, inForce: string) =>
    `Joined on ${joined}; the Statute enters into force for it on ${inForce}.`,
  signedOn: (date: string) => `Signed on ${date}, not ratified.`,
  signedNoDate: 'Signed, not ratified.',
  withdrawnOn: (date: string) => `Was a State Party; its withdrawal took effect on ${date}.`,
  signatureWithdrawnOn: (date: string) =>
    `Signed, then said on ${date} that it does not intend to become a party.`,
  /** `label`: the status's name (Never signed, No record…). */
  notSigned: (label: string) => `${label}: it has not signed the Rome Statute.`,

  // lib/data/obligations.ts: what the Statute required of the country (always the panel's own).
  partyBefore: (warrant: string, name: string, the: boolean) =>
    `${the ? 'The ' : ''}${name} is a State Party: it must arrest and surrender anyone the Court has a warrant for (the warrant for Vladimir Putin came on ${warrant}) (Articles 86 and 89). Being a head of state protects no one before the Court (Article 27).`,
  partyAfter: (name: string, the: boolean) =>
    `${the ? 'The ' : ''}${name} is a State Party: if Vladimir Putin is on its territory it must arrest him and surrender him to the Court (Articles 86 and 89). Being a head of state protects no one before the Court (Article 27).`,
  partyLeaving: (date: string) =>
    `Its withdrawal takes effect on ${date}; until then it is bound (Article 127).`,
  pending: (date: string, name: string, the: boolean) =>
    `${the ? 'The ' : ''}${name} has joined the Statute, which enters into force for it on ${date} (Article 126). From that day it must arrest and surrender anyone the Court has a warrant for who is on its territory.`,
  signatory: (name: string, the: boolean) =>
    `${the ? 'The ' : ''}${name} signed the Statute but has not ratified it, so it has no duty to arrest him. As a signatory it must not act to defeat the treaty’s object and purpose (Vienna Convention on the Law of Treaties, Article 18).`,
  signatureWithdrawn: (date: string, name: string, the: boolean) =>
    `${the ? 'The ' : ''}${name} signed the Statute, then said on ${date} that it will not become a party. It has no duty under the Statute to arrest him.`,
  withdrawnAfter: (date: string, name: string, the: boolean) =>
    `${the ? 'The ' : ''}${name} left the Statute on ${date}, after the warrant was issued. Under Article 127(2) a withdrawal does not end the duty to cooperate in investigations and proceedings that began while the state was a party, as the Ukraine investigation and this warrant did. No decision of the Court on whether that includes arresting him was found in the sources read.`,
  withdrawnBefore: (date: string, name: string, the: boolean) =>
    `${the ? 'The ' : ''}${name} left the Statute on ${date} (Article 127), before the warrant: the Statute gives it no duty to arrest him. Duties that arose while it was a party remain.`,
  nonParty: (name: string, the: boolean) =>
    `${the ? 'The ' : ''}${name} is not a party to the Statute, so the Statute gives it no duty to arrest him. It may choose to cooperate with the Court, and the UN Security Council could require it to.`,
  /** A non-party that accepted the Court's jurisdiction under Article 12(3); `dates`: its declarations'. */
  declaration: (dates: readonly string[], name: string, the: boolean) =>
    `${the ? 'The ' : ''}${name} is not a State Party, but it accepted the Court’s jurisdiction by a declaration under Article 12(3) (${dates.join('; ')}). A state that does so must cooperate with the Court under Part 9 in respect of the crimes its declaration covers, which are crimes on its own territory, not the situation in Ukraine.`,
  /** Ukraine's declarations, by `years` ("2014", "2015"). */
  ukraineDeclarations: (years: readonly string[]) =>
    `Ukraine accepted the Court’s jurisdiction over crimes on its territory by declarations in ${list(years)} (Article 12(3)), which also bind it to cooperate with the Court under Part 9, arrest and surrender included.`,
  ukraineParty: (date: string) => `It has been a State Party since ${date}.`,
  ukraineOccupied:
    'Occupied areas are part of Ukraine, so his visits there are trips into the Court’s jurisdiction.',
};
