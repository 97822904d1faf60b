/// <reference types="vite-plugin-pwa/client" />
declare module 'virtual:icc-data' {
  import type { Dataset } from './lib/data/dataset';
  const dataset: Dataset;
  export default dataset;
}

declare module 'virtual:icc-sources' {
  import type { Source } from './lib/data/schema';
  /** Every record's sources, by the `sourcesRef` the page's dataset carries instead. */
  const sources: Record<string, Source[]>;
  export default sources;
}
