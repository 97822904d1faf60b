import type { Messages } from '../types.ts';

export const search: Messages['search'] = {};
