/** The words of the print feature (see en/index.ts). */
export const print = {};
