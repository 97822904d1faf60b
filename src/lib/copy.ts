/** The page's title lines, shared by the app and the first paint written into index.html (build/first-paint.ts). */
export const TITLE = 'Who must arrest Vladimir Putin?';
export const SUBTITLE =
  'The International Criminal Court issued a warrant for his arrest on 17 March 2023. Its States Parties must arrest and surrender him if he enters their territory.';
export const PRESENT_LABEL = 'Present the lesson';
