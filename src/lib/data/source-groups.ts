/** A panel's sources grouped by who is speaking, so a reader can weigh them at a glance. */
import { eachSource } from './sources.ts';
import type { Source } from './schema.ts';
import type { Cites } from './split-sources.ts';
import { describeSource, type PublisherInfo, type SourceView } from './source-view.ts';

export interface SourceGroup {
  publisher: string;
  /** "TASS — Russian state news agency". */
  who: string;
  kind: string;
  /** Each with its title's language (`lang`: English unless the source says otherwise). */
  sources: (SourceView & { title: string; date?: string; lang: string })[];
}

/** Every distinct source in `records` (any depth), grouped by publisher, groups in the order first cited. */
export function groupSources(
  records: readonly unknown[],
  publishers: ReadonlyMap<string, PublisherInfo>,
  resolve?: (record: Cites) => readonly Source[],
): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  const seen = new Set<string>();
  eachSource(
    records,
    (s: Source) => {
      if (seen.has(s.url)) return;
      seen.add(s.url);
      const view = describeSource(s, publishers);
      const key = s.publisher ?? view.short;
      const group = groups.get(key) ?? { publisher: key, who: view.who, kind: view.kind, sources: [] };
      group.sources.push({ ...view, title: s.title, date: s.date, lang: s.lang ?? 'en' });
      groups.set(key, group);
    },
    '',
    resolve,
  );
  return [...groups.values()];
}
