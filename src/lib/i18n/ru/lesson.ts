import type { Messages } from '../types.ts';

export const lesson: Messages['lesson'] = {
  region: 'Урок',
  counter: (step, steps) => `Шаг ${step} из ${steps}`,
  optional: 'Необязательный шаг',
  revealHint: 'Нажмите → или R, чтобы увидеть ответ.',
  back: '← Назад',
  reveal: 'Показать ответ',
  lastStep: 'Последний шаг',
  next: 'Далее →',
  notes: 'Заметки (N)',
  fullscreen: 'Во весь экран (F)',
  exit: 'Выход (Esc)',
  notesTitle: 'Заметки докладчика',
  sources: 'Источники:',
  sourcesLabel: 'Источники для этого шага',
  qrCaption: 'Отсканируйте, чтобы открыть этот вид карты на телефоне.',
  qrLabel: 'QR-код ссылки на этот вид карты',
  loading: 'Загрузка урока…',
  codeMissing:
    'Не удалось загрузить урок: его код не скачался. Проверьте подключение и попробуйте снова или выйдите из урока и пользуйтесь картой.',
  tryAgain: 'Попробовать снова',
  fullscreenUnavailable: 'В этом браузере полноэкранный режим недоступен.',
  badStep: (steps) => `В уроке шаги с 1 по ${steps}; начинаем с шага 1.`,
};
