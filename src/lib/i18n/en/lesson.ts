/** The lesson's interface: its controls, step counter and hints (the captions and notes are data/lesson.json's) (see en/index.ts). */
export const lesson = {
  /** The lesson's region, for screen readers. */
  region: 'Lesson',
  counter: (step: number, steps: number) => `Step ${step} of ${steps}`,
  optional: 'Optional step',
  /** On a prediction step, before the answer is shown. */
  revealHint: 'Press → or R to reveal the answer.',
  back: '← Back',
  reveal: 'Reveal',
  lastStep: 'Last step',
  next: 'Next →',
  notes: 'Notes (N)',
  fullscreen: 'Full screen (F)',
  exit: 'Exit (Esc)',
  notesTitle: 'Presenter notes',
  sources: 'Sources:',
  sourcesLabel: 'Sources for this step',
  qrCaption: 'Scan to open this view on a phone.',
  qrLabel: 'QR code of this view’s link',
  loading: 'Loading the lesson…',
  codeMissing:
    'The lesson could not be loaded: its code did not download. Check the connection and try again, or leave and use the map.',
  tryAgain: 'Try again',
  fullscreenUnavailable: 'Full screen is not available in this browser.',
  /** `?step=` names a step the lesson does not have. */
  badStep: (steps: number) => `The lesson has steps 1 to ${steps}; starting at step 1.`,
};
