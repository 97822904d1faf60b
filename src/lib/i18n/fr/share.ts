import type { Messages } from '../types.ts';

export const share: Messages['share'] = {
  button: 'Partager',
  linkLabel: 'Lien vers cette vue',
  copyLink: 'Copier le lien',
  shareSheet: 'Partager…',
  embedLabel: 'Intégrer cette vue dans une page',
  copyEmbed: 'Copier le code d’intégration',
  pictures: 'Image de cette vue\u202f:',
  png: 'PNG (pour des diapositives)',
  svg: 'SVG',
  selected: 'Le texte est sélectionné\u202f: appuyez sur Ctrl+C (ou ⌘C) pour le copier.',
  linkCopied: 'Lien copié. Collez-le où vous voulez pour ouvrir cette vue.',
  embedCopied:
    'Code d’intégration copié. Collez-le dans le HTML de votre page\u202f: la carte prend d’elle-même la bonne hauteur.',
  pictureFailed: 'L’image n’a pas pu être créée sur cette page.',
  savedSvg: 'Image enregistrée au format SVG.',
  savedPng: 'Image enregistrée au format PNG.',
  pngFailed: 'Ce navigateur n’a pas pu créer l’image PNG\u202f; l’image SVG fonctionne partout.',
  frameTitle: (title) => `${title} (carte interactive)`,
};
