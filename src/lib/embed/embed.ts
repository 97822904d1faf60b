/**
 * The map embedded in another page (`?embed=1`): a compact layout (App.svelte, app.css `.embed`),
 * the height it needs posted to the host page, and the code a host pastes: an `<iframe>` and the few
 * lines that resize it to that height (as Datawrapper's embed code does).
 */
import { t } from '../i18n/current';

/** The message the embedded map posts to its host: `{ type: HEIGHT_MESSAGE, height }` (CSS px). */
export const HEIGHT_MESSAGE = 'who-must-arrest-putin:height';

export const isEmbed = (search: string) => new URLSearchParams(search).get('embed') === '1';

/** `link` with `?embed=1` set (on) or taken out (off), its other parameters and hash kept. */
export function withEmbed(link: string, on: boolean): string {
  const url = new URL(link);
  if (on) url.searchParams.set('embed', '1');
  else url.searchParams.delete('embed');
  return url.href;
}

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The code a host page pastes to embed the view at `link`: the iframe, and a script that sizes it. */
export function embedCode(link: string): string {
  const src = withEmbed(link, true);
  return (
    `<iframe src="${attr(src)}" title="${attr(t.share.frameTitle(t.app.title))}" style="width:100%;min-width:300px;border:0" height="620" loading="lazy"></iframe>\n` +
    `<script>window.addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="${HEIGHT_MESSAGE}")return;` +
    `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>`
  );
}

/**
 * Posts the height `el` takes to the host page whenever it changes (nothing when the page is not in
 * a frame). Returns the function that stops it.
 */
export function reportHeight(el: Element): () => void {
  if (window.parent === window) return () => {};
  let last = 0;
  const post = () => {
    const height = Math.ceil(el.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(el);
  post();
  return () => observer.disconnect();
}
