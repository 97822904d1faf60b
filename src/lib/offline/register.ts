/**
 * Registers the service worker (build/offline.ts) once the map is on screen, and keeps an
 * OfflineState up to date: saved for offline use, a newer build waiting, the network gone. A page
 * left open for a lesson checks for a newer build every hour and when the network comes back.
 */
import { registerSW } from 'virtual:pwa-register';
import type { OfflineState } from './offline.svelte';

const HOUR = 60 * 60 * 1000;

export function registerOffline(state: OfflineState): () => void {
  let registration: ServiceWorkerRegistration | undefined;
  const check = () => void registration?.update().catch(() => {});
  const online = () => {
    state.network(true);
    check();
  };
  const offline = () => state.network(false);
  addEventListener('online', online);
  addEventListener('offline', offline);
  let timer: ReturnType<typeof setInterval> | undefined;
  if ('serviceWorker' in navigator) {
    const update = registerSW({
      // After the page's load event: saving the site never competes with what the page needs first.
      immediate: false,
      onOfflineReady: () => state.saved(),
      onNeedRefresh: () => state.newerWaiting(() => void update(true)),
      onRegisteredSW: (_url, r) => {
        registration = r;
        timer = setInterval(() => navigator.onLine && check(), HOUR);
      },
      // A browser that refuses service workers (private mode, a policy) still has the map, online.
      onRegisterError: () => {},
    });
  }
  return () => {
    removeEventListener('online', online);
    removeEventListener('offline', offline);
    clearInterval(timer);
  };
}
