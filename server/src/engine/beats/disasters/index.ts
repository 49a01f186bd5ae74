import type { Beat } from '../beat';
import { INCIDENT_ROUND_UPS } from '../incidents';

/**
 * Earthquakes, storms, fires and floods: the missing, the rescued, the evacuated and the displaced,
 * homes destroyed or damaged, a quake's magnitude, the area a fire burned, the damage in money.
 */
export const disasters: Beat = {
  id: 'disasters',
  description: 'the missing, rescued, evacuated and displaced',
  predicates: [
    { key: 'missing', people: true, words: ['missing', 'unaccounted'] },
    { key: 'rescued', people: true, words: ['rescu', 'freed', 'liberat', 'saved'] },
    { key: 'evacuated', people: true, words: ['evacuat'] },
    { key: 'displaced', people: true, words: ['displac', 'homeless', 'fled', 'flee'] },
    { key: 'destroyed', words: ['destroyed', 'destroying', 'flattened', 'razed', 'gutted', 'levelled', 'leveled', 'collapsed', 'wiped out', 'swept away', 'wrecked'] },
    { key: 'damaged', words: ['damaged', 'damaging'] },
    { key: 'burned', words: ['burned', 'burnt', 'scorched', 'charred'] },
    { key: 'without power', words: ['without power', 'without electricity', 'lost power', 'power outage', 'blackout'] },
  ],
  metrics: [
    { key: 'magnitude', words: ['magnitude', 'quake', 'earthquake', 'preliminary magnitude'] },
    // "a 3.4 aftershock": the size of another quake than the main shock
    { key: 'aftershock magnitude', words: ['aftershock', 'aftershocks', 'foreshock', 'foreshocks'], amountOnly: true },
    { key: 'damage', words: ['damage', 'damages', 'insured losses', 'economic losses', 'repair bill'] },
    { key: 'rainfall', words: ['rainfall', 'rain', 'snow', 'snowfall'] },
    { key: 'wind speed', words: ['winds', 'wind', 'gusts', 'wind speeds', 'sustained winds'] },
    { key: 'containment', words: ['containment', 'contained'] },
  ],
  // "destroyed 210 houses" and "220 homes were wrecked" count one thing
  synonyms: [['homes', 'houses', 'dwellings'], ['buildings', 'structures']],
  predicateAdjectives: ['missing', 'rescued', 'evacuated', 'displaced', 'homeless'],
  roundUps: INCIDENT_ROUND_UPS,
};
