/**
 * Has this happened before? Other suspects' visits to States Parties (and arrests by states), with
 * what the Court decided (data/precedents.json), joined to the persons of warrants.json. Pure: the
 * panel, the map layer and the lesson read these. Adding a person is data only: a warrant with a
 * new `personId` and a visit that names it.
 */
import type { PrecedentDecision, Warrant } from './schema-events.ts';
import type { PrecedentOnMap as Precedent, PrecedentText } from './split-sources.ts';
import { formatDate, formatRange } from './format.ts';
import { t } from '../i18n/current.ts';

export interface PrecedentData {
  precedents: readonly Precedent[];
  warrants: readonly Warrant[];
}

/** A person the Court has a warrant for: the name, and what the warrants say of where they are. */
export interface Person {
  id: string;
  name: string;
  status: Warrant['status'];
  /** The date of the person's first warrant. */
  since: string;
}

/** Every person named by a warrant, first warrant first. */
export function persons(data: PrecedentData): Person[] {
  const byId = new Map<string, Person>();
  for (const w of data.warrants) {
    const p = byId.get(w.personId);
    if (!p || w.issued < p.since)
      byId.set(w.personId, { id: w.personId, name: w.person, status: w.status, since: w.issued });
  }
  return [...byId.values()].sort((a, b) => a.since.localeCompare(b.since));
}

/** The persons who have precedents (visits), in the order of their first warrant: the layer's filter. */
export function precedentPersons(data: PrecedentData): Person[] {
  const named = new Set(data.precedents.map((p) => p.person));
  return persons(data).filter((p) => named.has(p.id));
}

/** The visits (and arrests) in one country, in date order. */
export function precedentsIn(data: PrecedentData, iso3: string): Precedent[] {
  return data.precedents.filter((p) => p.iso3 === iso3).sort((a, b) => a.start.localeCompare(b.start));
}

/** The visits shown on the map on `date` for the chosen persons (visits that had begun by then). */
export function precedentsShown(data: PrecedentData, date: string, people: ReadonlySet<string>): Precedent[] {
  return data.precedents.filter((p) => p.start <= date && people.has(p.person));
}

/** A decision with the visit it decided on: one step of the line on head-of-state immunity. */
export interface LineStep {
  decision: PrecedentDecision;
  visit: Precedent;
}

/**
 * The decisions that held something on head-of-state immunity, oldest first: the line the Mongolia
 * finding follows; null while a visit's text (`textOf`) has not come yet.
 */
export function immunityLine(
  data: PrecedentData,
  textOf: (p: Precedent) => PrecedentText | null,
): LineStep[] | null {
  const steps: LineStep[] = [];
  for (const visit of data.precedents) {
    const text = textOf(visit);
    if (!text) return null;
    for (const decision of text.decisions) if (decision.immunity) steps.push({ decision, visit });
  }
  return steps.sort((a, b) => a.decision.date.localeCompare(b.decision.date));
}

/** "13–15 June 2015": the visit's days. */
export const visitDays = (p: Precedent) =>
  p.start === p.end ? formatDate(p.start) : formatRange(p.start, p.end);

/** "Not arrested.", "Arrested and surrendered.": the visit's outcome as a sentence. */
export const outcomeSentence = (p: Precedent) => t.panel.precedentOutcome[p.outcome];

/** What a referral means, in words ("referred to the Assembly of States Parties and the UN Security Council"). */
export function referralWords(d: PrecedentDecision): string | null {
  switch (d.referral) {
    case 'ASP and Security Council':
      return t.panel.referredBoth;
    case 'Security Council':
      return t.panel.referredSc;
    case 'ASP':
      return t.panel.referredAsp;
    case 'none':
      return d.kind === 'finding' ? t.panel.notReferred : null;
    default:
      return null;
  }
}
