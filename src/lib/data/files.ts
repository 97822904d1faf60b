/** Where each data file lives, as named in error messages. */
export const DATA_FILES = {
  countries: 'data/countries.json',
  territories: 'data/territories.json',
  publishers: 'data/publishers.json',
  warrants: 'data/warrants.json',
  trips: 'data/trips.json',
  avoided: 'data/avoided.json',
  outcomes: 'data/outcomes.json',
  obligations: 'data/obligations.json',
  lesson: 'data/lesson.json',
  borders: 'data/borders.json',
  precedents: 'data/precedents.json',
} as const;
export type DataFileName = keyof typeof DATA_FILES;
