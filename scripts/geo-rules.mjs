// The border rules live in data/borders.json so that a reader can see and edit them.
import { readFileSync } from 'node:fs';
export const GEO_RULES = JSON.parse(readFileSync(new URL('../data/borders.json', import.meta.url), 'utf8'));
