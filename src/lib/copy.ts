/** The page's title lines, shared by the app and the first paint written into index.html (build/first-paint.ts). */
export const TITLE = 'Who must arrest Vladimir Putin?';
export const SUBTITLE =
  'The International Criminal Court issued a warrant for his arrest on 17 March 2023. Its States Parties must arrest and surrender him if he enters their territory.';
export const PRESENT_LABEL = 'Present the lesson';
/** What the map's keys do, in one line (the map's accessible name, and said when it takes focus). */
export const MAP_KEYS_HINT =
  'Arrow keys move between countries, ] and [ between trips, Enter opens, Shift and arrows pan, question mark lists every shortcut.';
