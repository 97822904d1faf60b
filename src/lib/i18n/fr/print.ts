import type { Messages } from '../types.ts';

export const print: Messages['print'] = {};
