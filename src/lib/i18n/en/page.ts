/** The words of the page feature (see en/index.ts). */
export const page = {};
