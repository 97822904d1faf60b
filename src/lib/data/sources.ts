/**
 * Who is speaking in each source: every source of every record is matched to a publisher of
 * data/publishers.json (named in the source, or found by the URL's domain), and a source read on a
 * site that only copies others' work must name the original publisher. Run by the build, which
 * writes the publisher into every source so the page never matches domains.
 */
import type { Publisher, PublishersFile, Source, SourceKind } from './schema.ts';

/** What a kind of source is, in English, for the open data files (the page says it in its language: i18n panel.sourceKind). */
export const KIND_LABEL: Readonly<Record<SourceKind, string>> = {
  court: 'the Court',
  un: 'United Nations',
  government: 'government',
  'russian-government': 'Russian government',
  'state-media': 'state-owned media',
  press: 'independent press',
  ngo: 'NGO',
  academic: 'scholarship',
  reference: 'reference work',
};

export interface PublisherIndex {
  byId: ReadonlyMap<string, Publisher>;
  byHost: ReadonlyMap<string, Publisher>;
  /** Copy host → what it is. */
  copyHosts: ReadonlyMap<string, string>;
}

/** The host of a URL, lower-case, without a leading "www.". */
export function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

/** The entry for `host` or for the nearest parent domain (news.un.org → un.org). */
function lookup<T>(host: string, map: ReadonlyMap<string, T>): T | undefined {
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const hit = map.get(h);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

export function indexPublishers(file: PublishersFile): PublisherIndex {
  const byId = new Map<string, Publisher>();
  const byHost = new Map<string, Publisher>();
  for (const p of file.publishers) {
    byId.set(p.id, p);
    for (const d of p.domains) byHost.set(d.replace(/^www\./, ''), p);
  }
  return {
    byId,
    byHost,
    copyHosts: new Map(file.copyHosts.map((c) => [c.host.replace(/^www\./, ''), c.about])),
  };
}

export interface Resolved {
  publisher: Publisher;
  /** The copy host the source was read on, when it is a copy. */
  copyAt?: string;
}

/** The publisher of a source, or a sentence saying why none can be named (for a DataError). */
export function resolveSource(s: Source, idx: PublisherIndex): Resolved | string {
  const host = hostOf(s.url);
  const copyHost = lookup(host, idx.copyHosts) !== undefined ? host : undefined;
  const copyAt = copyHost ?? (s.original ? host : undefined);
  if (s.publisher) {
    const p = idx.byId.get(s.publisher);
    if (!p) return `"${s.publisher}" is not a publisher in data/publishers.json`;
    return { publisher: p, ...(copyAt ? { copyAt } : {}) };
  }
  if (copyHost)
    return `${host} only copies others' work: name the original's publisher ("publisher") and, if known, its address ("original")`;
  const p = lookup(host, idx.byHost);
  if (!p)
    return `no publisher is known for ${host}: add it to data/publishers.json or give the source a "publisher"`;
  return { publisher: p, ...(copyAt ? { copyAt } : {}) };
}

/**
 * Calls `visit` for every source in `value`, with its path inside the record ("court.0.sources.1");
 * `resolve` gives the sources of a record that carries only a `sourcesRef` (the page's dataset).
 */
export function eachSource(
  value: unknown,
  visit: (s: Source, path: string) => void,
  path = '',
  resolve?: (record: { sources: readonly Source[]; sourcesRef?: string }) => readonly Source[],
): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => eachSource(v, visit, path ? `${path}.${i}` : String(i), resolve));
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) {
      const p = path ? `${path}.${k}` : k;
      if (k === 'sources' && Array.isArray(v)) {
        const list = resolve ? resolve(o as { sources: Source[]; sourcesRef?: string }) : (v as Source[]);
        list.forEach((s, i) => visit(s, `${p}.${i}`));
      } else eachSource(v, visit, p, resolve);
    }
  }
}
