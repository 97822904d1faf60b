import { flushSync, mount } from 'svelte';
import App from './App.svelte';
import './styles/app.css';

mount(App, { target: document.getElementById('app')! });
// The app has drawn (and adopted the first paint's map, StaticMap.svelte): the shell index.html
// showed until now goes.
flushSync();
document.getElementById('boot')?.remove();
