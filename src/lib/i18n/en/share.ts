/** The words of the share feature (see en/index.ts). */
export const share = {};
