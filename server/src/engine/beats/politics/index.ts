import type { Beat } from '../beat';

/**
 * Politics and elections: vote shares and tallies, seats, turnout, margins and polls. A share
 * belongs to a candidate or party ("Smith won 52% of the vote"), so whose it is counts as much as
 * the figure; a vote's tally ("passed 13,450 to 2,010") is one figure of two sides.
 */
export const politics: Beat = {
  id: 'politics',
  description: 'votes, seats, turnout, margins and polls',
  metrics: [
    { key: 'vote share', words: ['vote', 'the vote', 'votes cast', 'popular vote', 'ballots', 'ballots cast', 'share of the vote', 'vote share'] },
    { key: 'turnout', words: ['turnout', 'voter turnout', 'participation'] },
    { key: 'approval rating', words: ['approval rating', 'approval', 'approval ratings', 'rating', 'ratings', 'popularity'] },
    { key: 'poll lead', words: ['lead', 'poll lead', 'margin', 'majority', 'margin of victory'] },
  ],
  attributed: ['vote share', 'votes', 'seats', 'delegates', 'approval rating', 'poll lead'],
  predicates: [
    // "won 52 seats", "took 41 of the 120 seats", "secured 300 votes"
    { key: 'won', words: ['won', 'wins', 'winning', 'secured', 'securing', 'captured', 'capturing', 'clinched', 'garnered'] },
    { key: 'voted', words: ['voted', 'votes for', 'voting', 'vote for', 'vote against', 'backed', 'endorsed', 'approved', 'opposed', 'rejected'] },
    { key: 'elected', words: ['elected', 're-elected', 'elects'] },
  ],
  predicateNouns: { voters: 'voted' },
  ballots: {
    electorate: ['voters', 'residents', 'electors', 'citizens', 'people', 'ratepayers', 'members', 'those'],
    sides: { for: ['back', 'backed', 'support', 'approve', 'endorse', 'favour', 'favor'], against: ['oppose', 'reject'] },
  },
  // "voted 31 to 12", "passed by 29 votes to 12", "approved 13,450 to 2,010": each the vote's result
  // "the council lost the motion 5-4", "the measure won 60-40 at the ballot": a vote's words, where a verb is also a game's
  contestCues: [
    'vote', 'ballot', 'council', 'councillor', 'councilor', 'assembly', 'senate', 'senator', 'parliament', 'legislature', 'lawmaker',
    'referendum', 'motion', 'bill', 'measure', 'election', 'committee', 'board', 'amendment', 'resolution', 'ordinance', 'poll', 'voter',
  ],
  contests: ['vote', 'voted', 'pass', 'approve', 'reject', 'carry', 'carried', 'adopt', 'back', 'endorse', 'oppose', 'defeat', 'win', 'won', 'lose', 'lost'],
};
