/** The words of the search feature (see en/index.ts). */
export const search = {
  label: 'Find a country',
  placeholder: 'Find a country…',
  /** The list of matches. */
  options: 'Countries',
  noMatch: (query: string) => `No country matches “${query}”`,
};
