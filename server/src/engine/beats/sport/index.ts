import type { Beat } from '../beat';

/**
 * Sport: scores (read as one figure of two sides by the figure reader), points and goals, crowds,
 * transfer fees, contracts and records. What a player or a team did belongs to them, and a season's
 * figure is not a game's.
 */
export const sport: Beat = {
  id: 'sport',
  description: 'scores, points, attendances, fees, contracts and records',
  metrics: [
    { key: 'attendance', words: ['attendance', 'crowd', 'gate', 'sellout crowd', 'capacity crowd', 'spectators', 'fans', 'supporters', 'onlookers'] },
    // a transfer fee is the value of the deal that bought the player: "signed him for £12 million", "bought for £15 million", "a fee of £15 million"
    { key: 'deal value', words: ['fee', 'transfer fee', 'release clause', 'buyout clause'], agreed: true },
    { key: 'contract', words: ['contract', 'extension', 'contract extension', 'salary', 'signing bonus', 'purse', 'prize money'] },
    { key: 'record', words: ['record', 'win-loss record', 'career record'] },
  ],
  attributed: [
    'points', 'rebounds', 'assists', 'steals', 'blocks', 'goals', 'yards', 'touchdowns', 'carries', 'catches', 'receptions', 'passes',
    'completions', 'interceptions', 'sacks', 'tackles', 'games', 'matches', 'seasons', 'starts', 'appearances', 'caps', 'innings', 'runs',
    'hits', 'strikeouts', 'saves', 'homers', 'wickets', 'laps', 'sets', 'aces', 'fouls', 'titles', 'wins', 'losses', 'minutes', 'shots', 'turnovers',
    'contract',
    // "352 yards rushing", "88 yards receiving": the yards of a kind of play
    'rushing', 'passing', 'receiving',
  ],
  // "won 3-1", "beat United 3-2", "lost 1-3 to Rovers", "drew 2-2": each the game's result ("tied the game 13-13" is
  // mostly a score on the way)
  contests: [
    'beat', 'beaten', 'defeat', 'top', 'edge', 'down', 'rout', 'thrash', 'overcome', 'overcame', 'outlast', 'upset', 'trounce', 'dispatch',
    'win', 'won', 'lose', 'lost', 'draw', 'drew', 'crush', 'hammer', 'stun', 'sink', 'sank',
  ],
  // "lost 28-24 after a halftime lead", "won the cup final 3-1": a game's words, where a verb is also a vote's
  contestCues: [
    'game', 'match', 'final', 'cup', 'league', 'halftime', 'half-time', 'overtime', 'team', 'season', 'fans', 'crowd',
    'championship', 'tournament', 'playoff', 'semifinal', 'quarterfinal', 'derby', 'fixture', 'club', 'coach', 'squad', 'stadium',
  ],
  metricVerbs: { sign: 'deal value' },
  predicates: [
    // "beat the Chiefs 20-13", "edged Boston 3-2": who won a game, with its score
    { key: 'beat', words: ['beat', 'defeated', 'topped', 'edged', 'downed', 'routed', 'thrashed', 'overcame', 'outlasted', 'upset', 'trounced', 'dispatched'] },
    // "scored 34 points", "finished with 31 points", "racked up 28": one player's tally, whichever verb gives it
    { key: 'scored', words: ['scored', 'scores', 'scoring', 'netted', 'kicked', 'converted', 'finished with', 'tallied', 'racked up', 'poured in'] },
    { key: 'conceded', words: ['conceded', 'conceding', 'concedes', 'gave up'] },
    { key: 'rushed', words: ['rushed for', 'ran for', 'runs for'] },
    { key: 'passed', words: ['threw for', 'passed for', 'throws for'] },
    { key: 'signed', words: ['signed', 'signing', 'inked'] },
  ],
};
