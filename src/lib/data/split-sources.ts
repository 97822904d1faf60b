/**
 * The page's first download carries the facts; the sources (about a third of the data, gzipped) come
 * in a chunk of their own when a reader first opens a panel or the lesson. The build replaces every
 * `sources` list with an empty one and a `sourcesRef` key into that chunk; the precedents' long text
 * (splitPrecedentText) comes with them, since only a panel reads it.
 */
import type { Publisher, Source } from './schema.ts';
import type { Precedent } from './schema-events.ts';

/** A record that cites sources, directly or by reference into the sources chunk. */
export interface Cites {
  sources: readonly Source[];
  sourcesRef?: string;
}

/** Moves every `sources` list of `value` (any depth) into the returned table; `value` is changed in place. */
export function splitSources(value: unknown): Record<string, Source[]> {
  const table: Record<string, Source[]> = {};
  let n = 0;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (Array.isArray(o.sources) && o.sources.length) {
        const key = (n++).toString(36);
        table[key] = o.sources as Source[];
        o.sources = [];
        o.sourcesRef = key;
      }
      for (const [k, x] of Object.entries(o)) if (k !== 'sources') walk(x);
    }
  };
  walk(value);
  return table;
}

/** The sources of `record`: its own list, or the referenced one once the chunk has come (else none yet). */
export function sourcesOf(
  record: Cites,
  table: Readonly<Record<string, readonly Source[]>> | null,
): readonly Source[] {
  if (record.sources.length || !record.sourcesRef) return record.sources;
  return table?.[record.sourcesRef] ?? [];
}

/** A precedent's long text (what happened, the Court's decisions, notes): in the lazy chunk too. */
export type PrecedentText = Pick<Precedent, 'summary' | 'decisions' | 'notes'>;
/** A precedent as the first download carries it: enough for the map, the tooltip and the filter. */
export type PrecedentOnMap = Omit<Precedent, keyof PrecedentText>;
const TEXT_FIELDS = ['summary', 'decisions', 'notes'] as const;

/** Moves each precedent's long text into the returned table, by id; the records are changed in place. */
export function splitPrecedentText(precedents: Record<string, unknown>[]): Record<string, PrecedentText> {
  const table: Record<string, PrecedentText> = {};
  for (const p of precedents) {
    table[p.id as string] = Object.fromEntries(TEXT_FIELDS.map((k) => [k, p[k]])) as unknown as PrecedentText;
    for (const k of TEXT_FIELDS) delete p[k];
  }
  return table;
}

/** The chunk that comes after the first view: every record's sources, the precedents' text, and who the publishers are. */
export interface LazyChunk {
  sources: Record<string, Source[]>;
  precedents: Record<string, PrecedentText>;
  /** Only sources name them, so they come with the sources (absent: the page's dataset has them, as in tests). */
  publishers?: readonly Omit<Publisher, 'domains'>[];
}

/** A precedent's text: its own (data that was not split, as in tests), or the chunk's once it has come. */
export function precedentTextOf(
  p: PrecedentOnMap | Precedent,
  table: Readonly<Record<string, PrecedentText>> | null,
): PrecedentText | null {
  if ('decisions' in p) return p;
  return table?.[p.id] ?? null;
}
