import type { Messages } from '../types.ts';

export const map: Messages['map'] = {};
