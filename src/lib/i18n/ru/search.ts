import type { Messages } from '../types.ts';

export const search: Messages['search'] = {
  label: 'Найти страну',
  placeholder: 'Найти страну…',
  options: 'Страны',
  noMatch: (query) => `Нет совпадений для «${query}»`,
};
