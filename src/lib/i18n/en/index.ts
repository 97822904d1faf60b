/** The English catalogue: every word of the interface, by feature. Other languages mirror it (types.ts). */
import { app } from './app.ts';
import { map } from './map.ts';
import { panel } from './panel.ts';
import { timeline } from './timeline.ts';
import { lesson } from './lesson.ts';
import { print } from './print.ts';
import { share } from './share.ts';
import { search } from './search.ts';
import { page } from './page.ts';

export const en = { app, map, panel, timeline, lesson, print, share, search, page };
