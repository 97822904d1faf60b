/** The words of the share feature (see en/index.ts): the Share menu and the embed code. */
export const share = {
  button: 'Share',
  linkLabel: 'Link to this view',
  copyLink: 'Copy link',
  /** Opens the browser's own share sheet. */
  shareSheet: 'Share…',
  embedLabel: 'Embed this view in a page',
  copyEmbed: 'Copy embed code',
  pictures: 'Picture of this view:',
  png: 'PNG (for slides)',
  svg: 'SVG',
  /** Confirmations, shown and spoken. */
  selected: 'It is selected: press Ctrl+C (or ⌘C) to copy it.',
  linkCopied: 'Link copied. Paste it anywhere to open this view.',
  embedCopied: 'Embed code copied. Paste it into your page’s HTML: the map sizes itself.',
  pictureFailed: 'The picture could not be made on this page.',
  savedSvg: 'Picture saved as SVG.',
  savedPng: 'Picture saved as PNG.',
  pngFailed: 'This browser could not make a PNG; the SVG picture works everywhere.',
  /** The embedded map's frame title: the map's title (app.title), then this. */
  frameTitle: (title: string) => `${title} (interactive map)`,
};
