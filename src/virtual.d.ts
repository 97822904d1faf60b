declare module 'virtual:icc-data' {
  import type { Dataset } from './lib/data/dataset';
  const dataset: Dataset;
  export default dataset;
}
