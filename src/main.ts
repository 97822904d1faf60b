import { flushSync, mount } from 'svelte';
import App from './App.svelte';
import './styles/app.css';
import { firstPaintMap } from './lib/map/first-paint-element';

// Held before the boot shell (which holds it) goes: the plain map shows it, the WebGL map reads its shapes.
firstPaintMap();

function start() {
  mount(App, { target: document.getElementById('app')! });
  // The app has drawn (and the SVG renderer adopted the first paint's map): the shell index.html
  // showed until now goes.
  flushSync();
  document.getElementById('boot')?.remove();
}

// The first paint (index.html) reaches the screen before the app's first render, which takes a
// while on a slow laptop: the app starts in a task after the first frame, not before it. A tab
// opened in the background draws no frames: there the app starts at once.
if (document.visibilityState === 'hidden') start();
else requestAnimationFrame(() => setTimeout(start));
