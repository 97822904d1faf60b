/**
 * The page's copy on this device: whether the service worker has saved it for offline use, whether
 * a newer build is waiting, and whether the network is there. The page never switches to a new build
 * (new data) by itself: the reader is told and chooses when to reload.
 */
export class OfflineState {
  #ready = $state(false);
  #newer = $state(false);
  #offline = $state(typeof navigator !== 'undefined' && navigator.onLine === false);
  #dismissed = $state(false);
  #reload: () => void = () => location.reload();

  /** The service worker has saved every file: the map opens without a network from now on. */
  get ready(): boolean {
    return this.#ready && !this.#dismissed;
  }
  /** A newer build is installed and waiting: the page on screen is the older one. */
  get newer(): boolean {
    return this.#newer;
  }
  /** The browser reports no network. */
  get offline(): boolean {
    return this.#offline;
  }

  saved(): void {
    this.#ready = true;
  }
  /** The "saved for offline use" line has been read. */
  dismissReady(): void {
    this.#dismissed = true;
  }
  newerWaiting(reload: () => void): void {
    this.#reload = reload;
    this.#newer = true;
  }
  network(online: boolean): void {
    this.#offline = !online;
  }
  /** Switches to the waiting build (the page reloads). */
  reload(): void {
    this.#reload();
  }
}
