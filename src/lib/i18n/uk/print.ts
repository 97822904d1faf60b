import type { Messages } from '../types.ts';
import { num, plural } from '../plural.ts';

export const print: Messages['print'] = {
  subtitle: (date) =>
    `Держави-учасниці Римського статуту і закордонні поїздки Путіна після видачі ордера, на ${date}.`,
  subtitleAround: (date, country) =>
    `Держави-учасниці Римського статуту і закордонні поїздки Путіна після видачі ордера, на ${date} (регіон: ${country}).`,
  noMap: 'Мапа готується до друку; усі факти — у ключових датах нижче.',
  statusOn: (date) => `Статус на ${date}`,
  tripsKey: 'Поїздки після видачі ордера',
  keyDates: 'Ключові дати',
  tally: (date, trips, toParties, arrests) =>
    `Станом на ${date}: ${plural(trips, { one: '# закордонна поїздка', few: '# закордонні поїздки', many: '# закордонних поїздок', other: '# закордонної поїздки' })} після видачі ордера, з них до держав-учасниць — ${num(toParties)}; ${plural(arrests, { one: '# арешт', few: '# арешти', many: '# арештів', other: '# арешту' })}.`,
  noSource: 'Джерела: на сторінці мапи.',
  warrantIssued: (chamber) => `${chamber} видає ордер на арешт Володимира Путіна.`,
  visit: (city, country) => `Візит: ${city}, ${country} (держава-учасниця).`,
  arrested: 'Його було заарештовано.',
  notArrested: 'Його не було заарештовано.',
  decision: (body, decision) => `${body}: ${decision}`,
  foot: (treatiesAsOf, tripsAsOf, link) =>
    `Статус договорів перевірено станом на ${treatiesAsOf}; поїздки — на ${tripsAsOf}. Кордони: міжнародно визнані (для Криму — резолюція 68/262 Генеральної Асамблеї ООН); маршрути схематичні. Цей вигляд мапи: ${link}`,
};
