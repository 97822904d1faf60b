/** The words of the map feature (see en/index.ts). */
export const map = {};
