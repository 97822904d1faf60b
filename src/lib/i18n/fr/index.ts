/** The fr-FR catalogue and country names, compiled into the page's code by its own build (build/i18n-plugin.ts). */
import type { Messages } from '../types.ts';
import { app } from './app.ts';
import { map } from './map.ts';
import { panel } from './panel.ts';
import { timeline } from './timeline.ts';
import { lesson } from './lesson.ts';
import { print } from './print.ts';
import { share } from './share.ts';
import { search } from './search.ts';
import { page } from './page.ts';

export const messages: Messages = { app, map, panel, timeline, lesson, print, share, search, page };

/** Where CLDR's name is not the map's (names.ts says why), reviewed by hand. */
export const NAME_OVERRIDES: Readonly<Record<string, string>> = {
  PSE: 'Palestine',
  VAT: 'Saint-Siège',
  COD: 'République démocratique du Congo',
  COG: 'République du Congo',
  MMR: 'Myanmar',
  HKG: 'Hong Kong',
  MAC: 'Macao',
  SHN: 'Sainte-Hélène, Ascension et Tristan da Cunha',
  FLK: 'Îles Falkland (Malouines)',
  ATF: 'Terres australes et antarctiques françaises',
  ATC: 'Îles Ashmore-et-Cartier',
  IOA: 'Île Christmas et îles Cocos (Keeling)',
  TLS: 'Timor-Leste',
  CPV: 'Cabo Verde',
};
