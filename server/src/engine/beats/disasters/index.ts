import type { Beat } from '../beat';
import { INCIDENT_ROUND_UPS } from '../incidents';

/** Earthquakes, storms, fires and floods: the missing, the rescued, the evacuated and the displaced. */
export const disasters: Beat = {
  id: 'disasters',
  description: 'the missing, rescued, evacuated and displaced',
  predicates: [
    { key: 'missing', people: true, words: ['missing', 'unaccounted'] },
    { key: 'rescued', people: true, words: ['rescu', 'freed', 'liberat', 'saved'] },
    { key: 'evacuated', people: true, words: ['evacuat'] },
    { key: 'displaced', people: true, words: ['displac', 'homeless', 'fled', 'flee'] },
  ],
  predicateAdjectives: ['missing', 'rescued', 'evacuated', 'displaced', 'homeless'],
  roundUps: INCIDENT_ROUND_UPS,
};
