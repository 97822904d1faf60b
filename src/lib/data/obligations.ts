/**
 * What the Rome Statute required of a country on a date, generated from its record (no page per
 * country): a plain sentence for students and the articles, from data/obligations.json, for teachers.
 */
import { formatDate } from './format.ts';
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
  const parts = [
    `Ukraine accepted the Court’s jurisdiction over crimes on its territory by declarations in ${decl.join(' and ')} ` +
      '(Article 12(3)), which also bind it to cooperate with the Court under Part 9, arrest and surrender included.',
  ];
  if (c.entryIntoForce && date >= c.entryIntoForce) {
    parts.push(`It has been a State Party since ${formatDate(c.entryIntoForce)}.`);
  }
  parts.push(
    'Occupied areas are part of Ukraine, so his visits there are trips into the Court’s jurisdiction.',
  );
  return parts.join(' ');
}

/**
 * A state that is not a party but accepted the Court's jurisdiction under Article 12(3) (Libya since
 * 2025; Côte d'Ivoire and Palestine before they joined): the duty to cooperate that the declaration brings.
 */
function declarations(c: Country, date: string, name: string): string {
  const made = c.declarations12_3.filter((d) => d.date <= date).map((d) => formatDate(d.date));
  if (!made.length) return '';
  return (
    `${name} is not a State Party, but it accepted the Court’s jurisdiction by a declaration under Article 12(3) ` +
    `(${made.join('; ')}). A state that does so must cooperate with the Court under Part 9 in respect of the crimes ` +
    'its declaration covers, which are crimes on its own territory, not the situation in Ukraine.'
  );
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

/** A country's name as the subject of a sentence: "the Philippines", "Mongolia"; `capital` for the start of one. */
export function nameIn(c: Country, capital = false): string {
  if (!WITH_THE.has(c.iso3) || c.name.startsWith('The ')) return c.name;
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
  const name = nameIn(c, true);
  const before = date < warrant;
  const arrestDuty = before
    ? 'it must arrest and surrender anyone the Court has a warrant for (the warrant for Vladimir Putin came on ' +
      `${formatDate(warrant)})`
    : 'if Vladimir Putin is on its territory it must arrest him and surrender him to the Court';
  let view: ObligationView;
  switch (statusOn(c, date)) {
    case 'party': {
      const leaving = pendingWithdrawal(c, date);
      view = {
        plain:
          `${name} is a State Party: ${arrestDuty} (Articles 86 and 89). Being a head of state protects no one before ` +
          'the Court (Article 27).' +
          (leaving
            ? ` Its withdrawal takes effect on ${formatDate(leaving)}; until then it is bound (Article 127).`
            : ''),
        articles: pick('art86', 'art89', 'art27', 'art98', 'art87-7', ...(leaving ? ['art127'] : [])),
      };
      break;
    }
    case 'pending':
      view = {
        plain:
          `${name} has joined the Statute, which enters into force for it on ${formatDate(c.entryIntoForce!)} ` +
          '(Article 126). From that day it must arrest and surrender anyone the Court has a warrant for who is on its territory.',
        articles: pick('art126', 'art86', 'art89'),
      };
      break;
    case 'signatory':
      view = {
        plain:
          `${name} signed the Statute but has not ratified it, so it has no duty to arrest him. As a signatory it ` +
          'must not act to defeat the treaty’s object and purpose (Vienna Convention on the Law of Treaties, Article 18).',
        articles: pick('art18-vclt', 'non-party'),
      };
      break;
    case 'signatureWithdrawn':
      view = {
        plain:
          `${name} signed the Statute, then said on ${formatDate(c.signatureWithdrawn!)} that it will not become a party. ` +
          'It has no duty under the Statute to arrest him.',
        articles: pick('non-party', 'art18-vclt'),
      };
      break;
    case 'withdrawn':
      view = {
        plain:
          c.withdrawalEffective! > warrant
            ? `${name} left the Statute on ${formatDate(c.withdrawalEffective!)}, after the warrant was issued. Under ` +
              'Article 127(2) a withdrawal does not end the duty to cooperate in investigations and proceedings that ' +
              'began while the state was a party, as the Ukraine investigation and this warrant did. No decision of the ' +
              'Court on whether that includes arresting him was found in the sources read.'
            : `${name} left the Statute on ${formatDate(c.withdrawalEffective!)} (Article 127), before the warrant: the ` +
              'Statute gives it no duty to arrest him. Duties that arose while it was a party remain.',
        articles: pick('art127', 'non-party'),
      };
      break;
    default:
      view = {
        plain:
          `${name} is not a party to the Statute, so the Statute gives it no duty to arrest him. It may choose to ` +
          'cooperate with the Court, and the UN Security Council could require it to.',
        articles: pick('non-party'),
      };
  }
  const accepted = c.iso3 !== 'UKR' && statusOn(c, date) !== 'party' ? declarations(c, date, name) : '';
  if (accepted) view = { plain: accepted, articles: [...pick('art12-3'), ...view.articles] };
  const ua = c.iso3 === 'UKR' ? ukraine(c, date) : '';
  if (ua) {
    // Before it joined, the signatory sentence ("no duty to arrest") would contradict Article 12(3): the declarations lead.
    const plain = statusOn(c, date) === 'party' ? `${view.plain} ${ua}` : ua;
    view = { plain, articles: [...pick('art12-3'), ...view.articles] };
  }
  return view;
}
