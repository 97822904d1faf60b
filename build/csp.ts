/**
 * The page's Content-Security-Policy, in the page itself (`<meta http-equiv>`: a static host may
 * send no headers): everything from the site's own origin, nothing from elsewhere, and no inline
 * script or style but the first paint's own blocks, allowed by their hashes (computed here, from the
 * final HTML, so an edit to the first paint can never be left out). `frame-ancestors` cannot be set
 * from a meta element: the map may be embedded anywhere (that is what the embed code is for).
 */
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The contents of every inline `<script>` (no src) and `<style>` element in `html`. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  return { scripts, styles };
}

/**
 * `extraStyles`: stylesheets the app's code inserts as `<style>` elements (the SVG map's own, kept
 * inside the SVG so a saved snapshot looks the same), allowed by hash as well.
 */
export function contentSecurityPolicy(html: string, extraStyles: readonly string[] = []): string {
  const blocks = inlineBlocks(html);
  const { scripts } = blocks;
  const styles = [...blocks.styles, ...extraStyles];
  const unique = (list: string[]) => [...new Set(list.map(sha256))].join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' 'report-sample' ${unique(scripts)}`,
    `style-src 'self' 'report-sample' ${unique(styles)}`,
    // Pictures the page makes itself (the view's picture, the QR code) are data: or blob: addresses.
    "img-src 'self' data: blob:",
    "connect-src 'self' data: blob:",
    // The WebGL map's worker is a file of the site; MapLibre may make one from a blob.
    "worker-src 'self' blob:",
    "font-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Writes the policy into the built page's head, after every other plugin has changed the HTML. */
export function cspPlugin(extraStyles: () => readonly string[] = () => []): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<meta charset="utf-8" \/>/,
          (m) =>
            `${m}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html, extraStyles())}" />`,
        ),
    },
  };
}
