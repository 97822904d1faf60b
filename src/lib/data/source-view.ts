/** How a source is named to a reader: who is speaking, what kind of source that is, and where it was read. */
import { formatDate } from './format.ts';
import type { Publisher, Source } from './schema.ts';
import { t } from '../i18n/current.ts';

export type PublisherInfo = Omit<Publisher, 'domains'>;

export interface SourceView {
  /** The publisher's short name, shown after the statement ("TASS"). */
  short: string;
  /** Who is speaking, with what they are ("TASS — Russian state news agency"). */
  who: string;
  /** The kind of source ("state-owned media"). */
  kind: string;
  /** The whole citation in one line, for a tooltip or a screen reader. */
  long: string;
  /** Where the link goes: the original when the source was read on a copy. */
  href: string;
  /** The copy that was read, when it was a copy. */
  copy: { host: string; href: string } | null;
}

/** Describes `s`; `publishers` is the dataset's list, by id (the build wrote every source's publisher in). */
export function describeSource(s: Source, publishers: ReadonlyMap<string, PublisherInfo>): SourceView {
  const p = s.publisher ? publishers.get(s.publisher) : undefined;
  const name = p?.name ?? new URL(s.url).hostname;
  const kind = p ? t.panel.sourceKind[p.kind] : t.panel.sourceKindUnknown;
  const who = `${name} — ${p?.about ?? kind}`;
  const copy = s.copyAt ? { host: s.copyAt, href: s.url } : null;
  const long = t.panel.sourceLong(who, s.title, s.date ? formatDate(s.date) : '', copy?.host ?? '');
  return { short: p?.short ?? name, who, kind, long, href: s.original ?? s.url, copy };
}
