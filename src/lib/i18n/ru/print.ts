import type { Messages } from '../types.ts';
import { num, plural } from '../plural.ts';

export const print: Messages['print'] = {
  subtitle: (date) =>
    `Государства-участники Римского статута и зарубежные поездки Путина после выдачи ордера, на ${date}.`,
  subtitleAround: (date, country) =>
    `Государства-участники Римского статута и зарубежные поездки Путина после выдачи ордера, на ${date} (регион: ${country}).`,
  noMap: 'Карта готовится к печати; все факты — в ключевых датах ниже.',
  statusOn: (date) => `Статус на ${date}`,
  tripsKey: 'Поездки после выдачи ордера',
  keyDates: 'Ключевые даты',
  tally: (date, trips, toParties, arrests) =>
    `По состоянию на ${date}: ${plural(trips, { one: '# зарубежная поездка', few: '# зарубежные поездки', many: '# зарубежных поездок', other: '# зарубежной поездки' })} после выдачи ордера, из них в государства-участники — ${num(toParties)}; ${plural(arrests, { one: '# арест', few: '# ареста', many: '# арестов', other: '# ареста' })}.`,
  noSource: 'Источники: на странице карты.',
  warrantIssued: (chamber) => `${chamber} выдаёт ордер на арест Владимира Путина.`,
  visit: (city, country) => `Визит: ${city}, ${country} (государство-участник).`,
  arrested: 'Он был арестован.',
  notArrested: 'Он не был арестован.',
  decision: (body, decision) => `${body}: ${decision}`,
  foot: (treatiesAsOf, tripsAsOf, link) =>
    `Статус договоров проверен на ${treatiesAsOf}; поездки — на ${tripsAsOf}. Границы: международно признанные (для Крыма — резолюция 68/262 Генеральной Ассамблеи ООН); маршруты схематичны. Этот вид карты: ${link}`,
};
