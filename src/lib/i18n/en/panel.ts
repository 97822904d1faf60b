/** The words of the panel feature (see en/index.ts). */
export const panel = {};
