import type { Messages } from '../types.ts';

export const search: Messages['search'] = {
  label: 'Trouver un pays',
  placeholder: 'Trouver un pays…',
  options: 'Pays',
  noMatch: (query) => `Aucun pays ne correspond à «\u202f${query}\u202f»`,
};
