import type { Beat } from '../beat';
import { anyCue } from '../../text/cues';
import { INCIDENT_ROUND_UPS } from '../incidents';
import { ATTACKER_DIED, EXPLANATIONS } from './explanations';
import { VICTIM_NOUNS, atTheScene, stateAt, stateAtVerb, stateBefore } from './states';

const KILLED_WORDS = /\b(kill(ed|ing)?|dead|died|deceased|slain|fatally)\b/i;
const INJURED_WORDS = /\b(injur(ed|ing)|wound(ed|ing)|hurt|hospitali[sz]ed)\b/i;
const ATTACKER = String.raw`(?:gunman|gunmen|shooter|attacker|assailant|suspect|perpetrator)`;

/**
 * The dead, the injured and the shot: the beat News Lens was designed on. Copy reports the same
 * toll in many words ("killed", "dead", "lost their lives", "pronounced dead"), splits survivors
 * between hospitals and conditions (each a state within the injured, not their total), and counts
 * the attacker in one toll and not in another.
 */
export const casualties: Beat = {
  id: 'casualties',
  description: 'the dead, the injured and the shot: tolls, hospital states, the attacker counted or not',
  predicates: [
    {
      key: 'killed', people: true, partIsTotal: true,
      words: ['kill', 'dead', 'die', 'died', 'dies', 'dying', 'death', 'slain', 'murder', 'fatal', 'perish', 'toll', 'fatalit', 'deceased', 'lost their lives', 'slaying'],
      contrast: { key: 'injured', words: INJURED_WORDS, ownWords: KILLED_WORDS },
    },
    {
      key: 'injured', people: true,
      words: ['injur', 'wound', 'hurt', 'hospitali', 'treated', 'maim', 'critical condition', 'serious condition', 'stable condition', 'fair condition', 'good condition', 'survivor'],
      contrast: { key: 'killed', words: KILLED_WORDS, ownWords: INJURED_WORDS },
    },
    {
      key: 'shot', people: true, words: ['shot', 'shoot', 'gunshot'],
      // "hitting six people", "seven people were hit", "blasted three men": bullets hitting people are shootings.
      peopleVerbs: /^(hit|hitting|struck|striking|blasted)$/,
      // "shooting three relatives to death", "shot two men dead"
      objectTails: [[/^(to death|dead)\b/, 'killed']],
      // "shot and killed" is a killing; "injured and killed" says two things, the first about the counted.
      tails: [['and', 'killed'], ['and', 'wounded'], ['and', 'injured']],
    },
  ],
  phraseClasses: [
    [/\bfatally\b|\bshot (dead|and killed|to death)\b/, 'killed'],
    [/\bshot and (wounded|injured)\b|\bsurviv/, 'injured'],
  ],
  predicateAdjectives: ['dead', 'injured', 'wounded', 'hurt', 'killed', 'hospitalized', 'hospitalised', 'deceased', 'slain'],
  predicateModifiers: { deceased: 'killed', dead: 'killed', slain: 'killed', injured: 'injured', wounded: 'injured' },
  predicateNouns: {
    fatalities: 'killed', deaths: 'killed', dead: 'killed', murders: 'killed', homicides: 'killed', killings: 'killed',
    slayings: 'killed', lives: 'killed', survivors: 'injured', wounded: 'injured', casualties: 'injured',
    bodies: 'killed', murder: 'killed', homicide: 'killed', slaying: 'killed', killing: 'killed', patients: 'injured', patient: 'injured',
  },
  stateNouns: ['patients', 'patient'],
  predicateAdverbs: { fatally: { key: 'killed' }, critically: { key: 'injured', state: true }, seriously: { key: 'injured', state: true }, gravely: { key: 'injured', state: true } },
  verbTails: [['to', 'death'], ['dead'], ['deceased'], ['their', 'lives'], ['his', 'life'], ['her', 'life']],
  particles: ['dead'],
  agentNouns: ['shooter', 'killer', 'murderer', 'gunner', 'kidnapper'],
  eventNouns: ['shooting', 'shootings', 'killing', 'killings', 'bombing', 'stabbing', 'attack', 'incident'],
  constructions: {
    stateAt,
    verbState: stateAtVerb,
    stateBefore,
    partAfter: atTheScene,
    severity: /^(critically|seriously|gravely|remain|remains|remained|still)$/,
    statePhrase: /\bhospitali[sz]ed\b/i,
    victimNouns: VICTIM_NOUNS,
    verbPrefixes: /^(fatally|fatal|death|deadly)$/,
    nounOf: { lives: 'killed', life: 'killed' },
    adverbVerb: { fatally: 'killed' },
    victimCompounds: { shooting: 'shot', gunshot: 'shot' },
    agentProgressive: /^(shooting|killing|wounding|injuring|firing)$/,
  },
  roundUps: INCIDENT_ROUND_UPS,
  explanations: EXPLANATIONS,
  signals: [{
    id: ATTACKER_DIED,
    pattern: anyCue([
      String.raw`\bincluding the ${ATTACKER}\b`,
      String.raw`\b(?:killed|shot) (?:himself|herself|themselves)\b`,
      String.raw`\b(?:killing|shooting) (?:himself|herself)\b`,
      String.raw`\bturn(?:ed|ing) the (?:gun|weapon) on (?:himself|herself)\b`,
      String.raw`\btook (?:his|her) own life\b`,
      String.raw`\bself-inflicted\b`,
      String.raw`\bmurder-suicide\b`,
      String.raw`\b${ATTACKER}\b[^.]{0,60}\b(?:was|were) (?:shot dead|killed|fatally shot)\b`,
      String.raw`\b${ATTACKER}\b[^.]{0,40}\b(?:died|is dead|was dead)\b`,
    ], 'i'),
  }],
};
