import type { Messages } from '../types.ts';
import { num, plural } from '../plural.ts';

export const timeline: Messages['timeline'] = {
  region: 'Часова шкала',
  back: 'Назад',
  backLabel: 'Назад, до попередньої події',
  backTitle: 'Попередня подія',
  play: 'Пуск',
  pause: 'Пауза',
  next: 'Вперед',
  nextLabel: 'Вперед, до наступної події',
  nextTitle: 'Наступна подія',
  span: 'Період',
  sinceWarrant: 'Після ордера',
  allTime: '2002 – сьогодні',
  paused: (date, tally) => `${date} — пауза. ${tally}`,
  dated: (date, what) => `${date}: ${what}`,
  listSep: '; ',

  before: (date) => `До видачі ордера на арешт (${date})`,
  trips: (n) => plural(n, { one: '# поїздка', few: '# поїздки', many: '# поїздок', other: '# поїздки' }),
  tripsSince: 'після ордера',
  toStatesParties: '— до держав-учасниць',
  arrests: (n) => plural(n, { one: '# арешт', few: '# арешти', many: '# арештів', other: '# арешту' }),
  tallyBefore: (date) => `До видачі ордера на арешт (${date}).`,
  tally: (trips, toStatesParties, arrests) =>
    `${trips} після ордера, ${toStatesParties} — до держав-учасниць, ${arrests}.`,

  handle: 'Дата',
  valueBefore: (date) => `${date}: до видачі ордера на арешт`,
  value: (date, trips, toStatesParties) =>
    `${date}: ${trips} після ордера, ${toStatesParties} — до держав-учасниць`,
  mark: (what, when) => `${what} — ${when}`,
  andMore: (more, named) => `${named}; і ще ${num(more)}`,
  dateSpan: (from, to) => `${from} – ${to}`,

  listTitle: 'Події на часовій шкалі',
  listHint: 'Виберіть подію, щоб перенести мапу на цей день (поїздка відкриває країну, яку він відвідав).',
  includeEarlier: 'Показати й зміни участі в Статуті до видачі ордера',
  dateSep: ': ',
  tripItem: (label) => `Поїздка ${label}`,

  warrantEvent: 'Ордер МКС на арешт Володимира Путіна',
  avoidedEvent: (event, city) => `Не поїхав: ${event}, ${city}`,
  entryEvent: (country) => `${country} стає державою-учасницею`,
  withdrawalEvent: (country) => `${country}: вихід із Римського статуту набирає чинності`,
};
