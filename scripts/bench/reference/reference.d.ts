declare module 'virtual:reference' {
  /** Fill colour per iso3, by status on the day of the build. */
  export const FILLS: Record<string, string>;
  export const NO_DATA: string;
  export const OCEAN: string;
}
