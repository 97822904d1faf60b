import type { Messages } from '../types.ts';

export const lesson: Messages['lesson'] = {
  region: 'Leçon',
  counter: (step, steps) => `Étape ${step} sur ${steps}`,
  optional: 'Étape facultative',
  revealHint: 'Appuyez sur → ou R pour dévoiler la réponse.',
  back: '← Précédent',
  reveal: 'Dévoiler',
  lastStep: 'Dernière étape',
  next: 'Suivant →',
  notes: 'Notes (N)',
  fullscreen: 'Plein écran (F)',
  exit: 'Quitter (Échap)',
  notesTitle: 'Notes du présentateur',
  sources: 'Sources :',
  sourcesLabel: 'Sources de cette étape',
  qrCaption: 'Scannez pour ouvrir cette vue de la carte sur un téléphone.',
  qrLabel: 'Code QR du lien vers cette vue de la carte',
  loading: 'Chargement de la leçon…',
  codeMissing:
    'La leçon n’a pas pu être chargée : son code n’a pas été téléchargé. Vérifiez la connexion et réessayez, ou quittez la leçon et utilisez la carte.',
  tryAgain: 'Réessayer',
  fullscreenUnavailable: 'Le plein écran n’est pas disponible dans ce navigateur.',
  badStep: (steps) => `La leçon compte les étapes 1 à ${steps}\u202f; elle commence à l’étape 1.`,
};
