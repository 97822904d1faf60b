/**
 * Colours and textures per status, shared by the map and the legend so they always agree.
 * Colours: a colour-blind-safe set (blue / amber / vermilion / purple / grey, after Okabe & Ito)
 * dark enough to survive a washed-out projector; each class that is not solid also has a texture,
 * so status is never told by colour alone.
 */
import type { Status } from '../data/status';

export type Texture = 'none' | 'dots' | 'diagonal' | 'cross' | 'horizontal' | 'vertical';

export interface Swatch {
  fill: string;
  texture: Texture;
  /** Colour of the texture's marks. */
  ink: string;
}

export const SWATCH: Readonly<Record<Status, Swatch>> = {
  party: { fill: '#1d4e89', texture: 'none', ink: '#ffffff' },
  pending: { fill: '#6aa6d8', texture: 'dots', ink: '#0b2a4a' },
  signatory: { fill: '#e1a01e', texture: 'diagonal', ink: '#5a3c00' },
  withdrawn: { fill: '#c0392b', texture: 'cross', ink: '#ffffff' },
  signatureWithdrawn: { fill: '#8a5aa6', texture: 'horizontal', ink: '#ffffff' },
  nonSignatory: { fill: '#a3a3a3', texture: 'none', ink: '#000000' },
  excluded: { fill: '#e4e4e4', texture: 'vertical', ink: '#444444' },
  notCovered: { fill: '#e4e4e4', texture: 'none', ink: '#000000' },
};

export const OCEAN = '#cfe0ec';

/**
 * Presentation mode, for a washed-out projector: white sea, dark borders, and the two greys pulled
 * apart from the white so that every class still shows.
 */
export const PROJECTOR = {
  ocean: '#ffffff',
  border: '#1a1a1a',
  fills: {
    ...Object.fromEntries(Object.entries(SWATCH).map(([k, v]) => [k, v.fill])),
    nonSignatory: '#8a8a8a',
    excluded: '#cdcdcd',
    notCovered: '#cdcdcd',
  },
} as const;
export const BORDER = '#ffffff';
export const HIGHLIGHT = '#111111';
/** The dashed outline of a state that announced a withdrawal it has not notified to the UN. */
export const ANNOUNCED = '#b8430a';
