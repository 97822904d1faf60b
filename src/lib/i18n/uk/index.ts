/** The uk-UA catalogue and country names, compiled into the page's code by its own build (build/i18n-plugin.ts). */
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
  PSE: 'Палестина',
  VAT: 'Святий Престол',
  COD: 'Демократична Республіка Конго',
  COG: 'Республіка Конго',
  MMR: 'Мʼянма',
  HKG: 'Гонконг',
  MAC: 'Макао',
  SHN: 'Острів Святої Єлени, Вознесіння і Тристан-да-Кунья',
  FLK: 'Фолклендські (Мальвінські) Острови',
  ATC: 'Острови Ашмор і Картьє',
  IOA: 'Острів Різдва і Кокосові (Кілінг) Острови',
};
