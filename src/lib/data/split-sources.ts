/**
 * The page's first download carries the facts; the sources (about a third of the data, gzipped) come
 * in a chunk of their own when a reader first opens a panel or the lesson. The build replaces every
 * `sources` list with an empty one and a `sourcesRef` key into that chunk.
 */
import type { Source } from './schema.ts';

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
