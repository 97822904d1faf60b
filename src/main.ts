import { flushSync, mount } from 'svelte';
import App from './App.svelte';
import './styles/app.css';
import { firstPaintMap } from './lib/map/first-paint-element';

// Held before the boot shell (which holds it) goes: the plain map shows it, the WebGL map reads its shapes.
firstPaintMap();

mount(App, { target: document.getElementById('app')! });
// The app has drawn (and adopted the first paint's map, StaticMap.svelte): the shell index.html
// showed until now goes.
flushSync();
document.getElementById('boot')?.remove();
