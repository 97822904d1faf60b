/** The legal facts every part of the map counts from, defined once. */
import type { Warrant } from './schema-events';

/** The Rome Statute entered into force on 1 July 2002 (Art. 126(1)): the timeline starts there. */
export const STATUTE_IN_FORCE = '2002-07-01';

/** The person this map follows (`personId` in warrants.json): trips.json holds only his trips. */
export const SUBJECT = 'putin';

/**
 * The warrant this map is about: Pre-Trial Chamber II's for Vladimir Putin (the earliest, should the
 * file hold more than one for him); undefined when there is none, which the data's checks reject.
 */
export function putinWarrant(warrants: readonly Warrant[]): Warrant | undefined {
  return warrants.filter((w) => w.personId === SUBJECT).sort((a, b) => a.issued.localeCompare(b.issued))[0];
}
