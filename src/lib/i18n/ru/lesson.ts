import type { Messages } from '../types.ts';

export const lesson: Messages['lesson'] = {};
