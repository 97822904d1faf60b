import type { Messages } from '../types.ts';
import { num, plural } from '../plural.ts';

export const timeline: Messages['timeline'] = {
  region: 'Шкала времени',
  back: 'Назад',
  backLabel: 'Назад, к предыдущему событию',
  backTitle: 'Предыдущее событие',
  play: 'Пуск',
  pause: 'Пауза',
  next: 'Вперёд',
  nextLabel: 'Вперёд, к следующему событию',
  nextTitle: 'Следующее событие',
  span: 'Период',
  sinceWarrant: 'После ордера',
  allTime: '2002 – сегодня',
  paused: (date, tally) => `${date} — пауза. ${tally}`,
  dated: (date, what) => `${date}: ${what}`,
  listSep: '; ',

  before: (date) => `До выдачи ордера на арест (${date})`,
  trips: (n) => plural(n, { one: '# поездка', few: '# поездки', many: '# поездок', other: '# поездки' }),
  tripsSince: 'после ордера',
  toStatesParties: '— в государства-участники',
  arrests: (n) => plural(n, { one: '# арест', few: '# ареста', many: '# арестов', other: '# ареста' }),
  tallyBefore: (date) => `До выдачи ордера на арест (${date}).`,
  tally: (trips, toStatesParties, arrests) =>
    `${trips} после ордера, ${toStatesParties} — в государства-участники, ${arrests}.`,

  handle: 'Дата',
  valueBefore: (date) => `${date}: до выдачи ордера на арест`,
  value: (date, trips, toStatesParties) =>
    `${date}: ${trips} после ордера, ${toStatesParties} — в государства-участники`,
  mark: (what, when) => `${what} — ${when}`,
  andMore: (more, named) => `${named}; и ещё ${num(more)}`,
  dateSpan: (from, to) => `${from} – ${to}`,

  listTitle: 'События на шкале времени',
  listHint:
    'Выберите событие, чтобы перенести карту на этот день (поездка открывает страну, которую он посетил).',
  includeEarlier: 'Показать и изменения участия в Статуте до выдачи ордера',
  dateSep: ': ',
  tripItem: (label) => `Поездка ${label}`,

  warrantEvent: 'Ордер МУС на арест Владимира Путина',
  avoidedEvent: (event, city) => `Не поехал: ${event}, ${city}`,
  entryEvent: (country) => `${country} становится государством-участником`,
  withdrawalEvent: (country) => `${country}: выход из Римского статута вступает в силу`,
};
