import type { Messages } from '../types.ts';

export const share: Messages['share'] = {};
