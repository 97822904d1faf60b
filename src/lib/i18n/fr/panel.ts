import type { Messages } from '../types.ts';

export const panel: Messages['panel'] = {};
