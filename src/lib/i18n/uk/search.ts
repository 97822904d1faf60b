import type { Messages } from '../types.ts';

export const search: Messages['search'] = {
  label: 'Знайти країну',
  placeholder: 'Знайти країну…',
  options: 'Країни',
  noMatch: (query) => `Немає збігів для «${query}»`,
};
