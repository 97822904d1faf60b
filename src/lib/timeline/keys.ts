/** What the timeline's date handle does with a key: the ARIA slider pattern, in days and calendar months. */
import { addDays, addMonths } from '../data/format';

/** The new date for `key` pressed on the handle at `date`, or null when the key is not the slider's. */
export function dateForKey(
  key: string,
  date: string,
  range: readonly [string, string],
  shift = false,
): string | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return shift ? addMonths(date, 1) : addDays(date, 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return shift ? addMonths(date, -1) : addDays(date, -1);
    case 'PageUp':
      return addMonths(date, 1);
    case 'PageDown':
      return addMonths(date, -1);
    case 'Home':
      return range[0];
    case 'End':
      return range[1];
    default:
      return null;
  }
}

/** Days per second while playing: the warrant period (about 3½ years) plays in about 20 seconds. */
export const PLAY_DAYS_PER_SECOND = 60;
/** Under reduced motion, Play jumps from event to event at this pace instead of animating. */
export const STEP_INTERVAL_MS = 1500;
