import type { Messages } from '../types.ts';

export const page: Messages['page'] = {};
