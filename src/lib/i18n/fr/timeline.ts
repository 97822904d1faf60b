import type { Messages } from '../types.ts';

export const timeline: Messages['timeline'] = {};
