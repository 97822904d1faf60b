/// <reference types="vite-plugin-pwa/client" />
declare module 'virtual:icc-data' {
  import type { PageDataset } from './lib/data/dataset';
  const dataset: PageDataset;
  export default dataset;
}

declare module 'virtual:icc-sources' {
  import type { Source } from './lib/data/schema';
  /** Every record's sources, by the `sourcesRef` the page's dataset carries instead. */
  const sources: Record<string, Source[]>;
  export default sources;
  import type { PrecedentText } from './lib/data/split-sources';
  /** Each precedent's long text, by id (the page's dataset carries the rest). */
  export const precedents: Record<string, PrecedentText>;
}
