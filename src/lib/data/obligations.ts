/**
 * What the Rome Statute required of a country on a date, generated from its record (no page per
 * country): a plain sentence for students and the articles, from data/obligations.json, for teachers.
 */
import { formatDate } from './format.ts';
import { lang, t } from '../i18n/current.ts';
import type { Country } from './schema.ts';
import type { Obligation } from './schema-events.ts';
import { pendingWithdrawal, statusOn } from './status.ts';

export interface ObligationView {
  /** One or two sentences a student understands. */
  plain: string;
  /** The provisions behind it, in reading order, with their legal detail and sources. */
  articles: Obligation[];
}

/** Ukraine's situation: declarations, then membership, and occupied territory inside the Court's jurisdiction. */
function ukraine(c: Country, date: string): string {
  const decl = c.declarations12_3.filter((d) => d.date <= date).map((d) => d.date.slice(0, 4));
  if (!decl.length) return '';
  const parts = [t.panel.ukraineDeclarations(decl)];
  if (c.entryIntoForce && date >= c.entryIntoForce) {
    parts.push(t.panel.ukraineParty(formatDate(c.entryIntoForce)));
  }
  parts.push(t.panel.ukraineOccupied);
  return parts.join(' ');
}

/**
 * A state that is not a party but accepted the Court's jurisdiction under Article 12(3) (Libya since
 * 2025; Côte d'Ivoire and Palestine before they joined): the duty to cooperate that the declaration brings.
 */
function declarations(c: Country, date: string): string {
  const made = c.declarations12_3.filter((d) => d.date <= date).map((d) => formatDate(d.date));
  if (!made.length) return '';
  return t.panel.declaration(made, c.name, takesThe(c));
}

/** Names that read with "the" in a sentence ("the Philippines", "the United States"). */
const WITH_THE = new Set([
  'BHS',
  'CAF',
  'COD',
  'COG',
  'COK',
  'COM',
  'CZE',
  'DOM',
  'GBR',
  'GMB',
  'MDV',
  'MHL',
  'NLD',
  'PHL',
  'SLB',
  'SYC',
  'USA',
  'ARE',
  'VAT',
]);

/**
 * Whether English puts "the" before the country's name in a sentence ("the Philippines"): messages
 * that name a country take it, and only the English ones use it. Never on another language's page,
 * whose names are its own ("Pays-Bas", not "the Pays-Bas").
 */
export function takesThe(c: Country): boolean {
  return lang() === 'en' && WITH_THE.has(c.iso3) && !c.name.startsWith('The ');
}

/** A country's name as the subject of an English sentence: "the Philippines", "Mongolia"; `capital` for the start of one. */
export function nameIn(c: Country, capital = false): string {
  if (!takesThe(c)) return c.name;
  return `${capital ? 'The' : 'the'} ${c.name}`;
}

/**
 * The obligations of `c` on `date`; `all` is data/obligations.json; `warrant` is the date of the arrest
 * warrant (before it, the duty is stated in general terms: there was no warrant for him yet).
 */
export function obligationsFor(
  c: Country,
  date: string,
  all: readonly Obligation[],
  warrant = '2023-03-17',
): ObligationView {
  const pick = (...ids: string[]) =>
    ids.map((id) => all.find((o) => o.id === id)).filter((o): o is Obligation => !!o);
  const name = c.name;
  const the = takesThe(c);
  const before = date < warrant;
  let view: ObligationView;
  switch (statusOn(c, date)) {
    case 'party': {
      const leaving = pendingWithdrawal(c, date);
      const duty = before
        ? t.panel.partyBefore(formatDate(warrant), name, the)
        : t.panel.partyAfter(name, the);
      view = {
        plain: leaving ? `${duty} ${t.panel.partyLeaving(formatDate(leaving))}` : duty,
        articles: pick('art86', 'art89', 'art27', 'art98', 'art87-7', ...(leaving ? ['art127'] : [])),
      };
      break;
    }
    case 'pending':
      view = {
        plain: t.panel.pending(formatDate(c.entryIntoForce!), name, the),
        articles: pick('art126', 'art86', 'art89'),
      };
      break;
    case 'signatory':
      view = {
        plain: t.panel.signatory(name, the),
        articles: pick('art18-vclt', 'non-party'),
      };
      break;
    case 'signatureWithdrawn':
      view = {
        plain: t.panel.signatureWithdrawn(formatDate(c.signatureWithdrawn!), name, the),
        articles: pick('non-party', 'art18-vclt'),
      };
      break;
    case 'withdrawn':
      view = {
        plain:
          c.withdrawalEffective! > warrant
            ? t.panel.withdrawnAfter(formatDate(c.withdrawalEffective!), name, the)
            : t.panel.withdrawnBefore(formatDate(c.withdrawalEffective!), name, the),
        articles: pick('art127', 'non-party'),
      };
      break;
    default:
      view = {
        plain: t.panel.nonParty(name, the),
        articles: pick('non-party'),
      };
  }
  const accepted = c.iso3 !== 'UKR' && statusOn(c, date) !== 'party' ? declarations(c, date) : '';
  if (accepted) view = { plain: accepted, articles: [...pick('art12-3'), ...view.articles] };
  const ua = c.iso3 === 'UKR' ? ukraine(c, date) : '';
  if (ua) {
    // Before it joined, the signatory sentence ("no duty to arrest") would contradict Article 12(3): the declarations lead.
    const plain = statusOn(c, date) === 'party' ? `${view.plain} ${ua}` : ua;
    view = { plain, articles: [...pick('art12-3'), ...view.articles] };
  }
  return view;
}
