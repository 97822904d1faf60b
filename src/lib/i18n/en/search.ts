/** The words of the search feature (see en/index.ts). */
export const search = {};
