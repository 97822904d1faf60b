/** Full screen for the lesson: the page's one way in and out (a key, a button). */
import type { UiState } from './ui.svelte';
import { t } from '../i18n/current';

export async function toggleFullscreen(ui: UiState): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch {
    ui.notify(t.lesson.fullscreenUnavailable);
  }
}

export function exitFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}
