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
  const parts: string[] = [];
  if (decl.length) {
    parts.push(
      `Ukraine accepted the Court’s jurisdiction over crimes on its territory by declarations in ${decl.join(' and ')} (Article 12(3)).`,
    );
  }
  if (c.entryIntoForce && date >= c.entryIntoForce)
    parts.push(`It has been a State Party since ${formatDate(c.entryIntoForce)}.`);
  parts.push(
    'Occupied areas are part of Ukraine, so his visits there are trips into the Court’s jurisdiction.',
  );
  return parts.join(' ');
}

/** The obligations of `c` on `date`; `all` is data/obligations.json. */
export function obligationsFor(c: Country, date: string, all: readonly Obligation[]): ObligationView {
  const pick = (...ids: string[]) =>
    ids.map((id) => all.find((o) => o.id === id)).filter((o): o is Obligation => !!o);
  const name = c.name;
  let view: ObligationView;
  switch (statusOn(c, date)) {
    case 'party': {
      const leaving = pendingWithdrawal(c, date);
      view = {
        plain:
          `${name} is a State Party. If Vladimir Putin is on its territory it must arrest him and surrender him to the ` +
          'Court (Articles 86 and 89); being a head of state does not protect him before the Court (Article 27).' +
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
          '(Article 126). From that day it must arrest and surrender him if he is on its territory.',
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
          `${name} left the Statute on ${formatDate(c.withdrawalEffective!)} (Article 127). It no longer has to arrest ` +
          'him; duties that arose while it was a party, such as cooperation in investigations already begun, remain.',
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
  if (c.iso3 === 'UKR') {
    view = { plain: `${view.plain} ${ukraine(c, date)}`, articles: [...pick('art12-3'), ...view.articles] };
  }
  return view;
}
