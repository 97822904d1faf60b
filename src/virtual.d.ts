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
  import type { Publisher } from './lib/data/schema';
  /** Who speaks in the sources (the page's dataset leaves them out: only sources name them). */
  export const publishers: Omit<Publisher, 'domains'>[];
}

declare module 'virtual:icc-names' {
  /** Each country's and territory's names in English, French, Russian and Ukrainian (distinct ones), by iso3. */
  const names: Record<string, string[]>;
  export default names;
}
