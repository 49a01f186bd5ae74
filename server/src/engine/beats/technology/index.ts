import type { Beat } from '../beat';

/** Technology: users and subscribers, downloads and devices shipped, outages, and the fines regulators set. */
export const technology: Beat = {
  id: 'technology',
  description: 'users, subscribers, downloads, devices shipped, outages and fines',
  metrics: [
    { key: 'users', words: ['users', 'active users', 'monthly active users', 'daily active users', 'subscribers', 'user base', 'subscriber base'] },
    { key: 'downloads', words: ['downloads', 'installs', 'installations'] },
    { key: 'fine', words: ['fine', 'penalty', 'fines', 'penalties', 'settlement'] },
    { key: 'market share', words: ['market share', 'share of the market'] },
    { key: 'speed', words: ['speed', 'speeds', 'bandwidth', 'capacity'] },
  ],
  predicates: [
    { key: 'fined', words: ['fined', 'fining', 'penalised', 'penalized'] },
    { key: 'downloaded', words: ['downloaded', 'downloading'] },
    { key: 'shipped', words: ['shipped', 'shipping'] },
    { key: 'affected', words: ['affected', 'affecting', 'exposed', 'breached', 'compromised', 'leaked', 'hacked', 'stolen'] },
  ],
  metricVerbs: { fine: 'fine', penalize: 'fine', penalise: 'fine' },
};
