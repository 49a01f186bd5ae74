import type { Beat } from '../beat';
import { INCIDENT_ROUND_UPS } from '../incidents';

/**
 * Police and courts: who was arrested, charged, sought by warrant, convicted, released, sent home.
 * Counts of people, like the casualties beat's, and rounded up the same way ("arrests across the
 * country this year").
 */
export const crime: Beat = {
  id: 'crime',
  description: 'arrests, charges, warrants, convictions, releases and repatriations',
  predicates: [
    // "captured 23 pirates", "seized three smugglers": a capture of people is an arrest
    { key: 'arrested', people: true, words: ['arrest', 'detain', 'detention', 'custody', 'apprehend', 'nabbed', 'rounded up', 'held'], peopleVerbs: /^(captur(e|ed|es|ing)|seiz(e|ed|es|ing))$/ },
    { key: 'charged', people: true, words: ['charg', 'indict', 'prosecut', 'accused'] },
    { key: 'warrant', people: true, words: ['warrant'] },
    {
      key: 'repatriated', people: true,
      words: ['repatriat', 'deport', 'flown home', 'flown back', 'flew home', 'sent home', 'sent back', 'returned home', 'brought home', 'brought back', 'expel', 'extradit', 'returnee'],
    },
    { key: 'released', people: true, words: ['releas'] },
    { key: 'convicted', people: true, words: ['convict', 'sentenc', 'jailed', 'imprison'] },
  ],
  predicateAdjectives: ['detained', 'arrested', 'deported', 'repatriated'],
  // "taken into custody", "held in custody"
  verbTails: [['into', 'custody'], ['in', 'custody']],
  roundUps: INCIDENT_ROUND_UPS,
};
