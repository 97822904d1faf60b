/** The words of the lesson feature (see en/index.ts). */
export const lesson = {};
