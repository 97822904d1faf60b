import type { Messages } from '../types.ts';

export const lesson: Messages['lesson'] = {
  region: 'Урок',
  counter: (step, steps) => `Крок ${step} з ${steps}`,
  optional: 'Необовʼязковий крок',
  revealHint: 'Натисніть → або R, щоб побачити відповідь.',
  back: '← Назад',
  reveal: 'Показати відповідь',
  lastStep: 'Останній крок',
  next: 'Далі →',
  notes: 'Нотатки (N)',
  fullscreen: 'На весь екран (F)',
  exit: 'Вийти (Esc)',
  notesTitle: 'Нотатки доповідача',
  sources: 'Джерела:',
  sourcesLabel: 'Джерела для цього кроку',
  qrCaption: 'Відскануйте, щоб відкрити цей вигляд мапи на телефоні.',
  qrLabel: 'QR-код посилання на цей вигляд мапи',
  loading: 'Завантаження уроку…',
  codeMissing:
    'Не вдалося завантажити урок: його код не завантажився. Перевірте підключення і спробуйте ще раз або вийдіть з уроку й користуйтеся мапою.',
  tryAgain: 'Спробувати ще раз',
  fullscreenUnavailable: 'У цьому браузері повноекранний режим недоступний.',
  badStep: (steps) => `Урок має кроки від 1 до ${steps}; починаємо з кроку 1.`,
};
