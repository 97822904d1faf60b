/** The words of the timeline feature (see en/index.ts). */
export const timeline = {};
