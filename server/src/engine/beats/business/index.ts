import type { Beat } from '../beat';

/**
 * Companies and markets: results (revenue, profit, loss, earnings per share, margins, dividends),
 * share prices and market values, deals, and the jobs a company cuts or creates. Wire copy writes
 * results as tables ("Shr 25 cts vs 18 cts", "Net 109,131 vs 75,793", "Revs …"), so the wire
 * abbreviations are names of metrics too.
 */
export const business: Beat = {
  id: 'business',
  description: 'company results, share prices, deals and jobs',
  metrics: [
    { key: 'revenue', words: ['revenue', 'revenues', 'revs', 'turnover', 'total revenue', 'net revenue', 'net revenues', 'top line'] },
    { key: 'sales', words: ['sales', 'net sales', 'total sales', 'same-store sales', 'comparable sales'] },
    { key: 'net income', words: ['net income', 'net profit', 'net profits', 'net earnings', 'net', 'profit after tax', 'bottom line'] },
    { key: 'net loss', words: ['net loss', 'loss', 'losses', 'net losses', 'shr loss', 'net loss per share'] },
    { key: 'profit', words: ['profit', 'profits', 'earnings'] },
    { key: 'operating profit', words: ['operating profit', 'operating income', 'operating earnings', 'oper net', 'oper shr', 'oper net profit', 'oper shr profit', 'oper profit', 'ebit', 'ebitda', 'underlying profit', 'adjusted profit'] },
    { key: 'pre-tax profit', words: ['pre-tax profit', 'pretax profit', 'pre-tax profits', 'pretax profits', 'profit before tax', 'pretax income', 'pre-tax income'] },
    { key: 'earnings per share', words: ['shr', 'shr profit', 'eps', 'earnings per share', 'per-share earnings', 'net per share', 'adjusted earnings per share', 'diluted earnings per share'] },
    { key: 'dividend', words: ['dividend', 'dividends', 'div', 'qtly div', 'payout', 'quarterly dividend', 'annual dividend'] },
    { key: 'margin', words: ['margin', 'margins', 'gross margin', 'operating margin', 'profit margin', 'net margin'] },
    { key: 'share price', words: ['shares', 'stock', 'share price', 'stock price', 'share prices', 'its stock', 'the stock'], amountOnly: true, daily: true },
    { key: 'market value', words: ['market value', 'market capitalization', 'market capitalisation', 'market cap', 'valuation'], amountOnly: true, daily: true },
    { key: 'deal value', words: ['deal', 'acquisition', 'takeover', 'merger', 'purchase', 'buyout', 'offer', 'bid', 'transaction', 'sale price', 'purchase price'], agreed: true },
    { key: 'stake', words: ['stake', 'holding', 'interest', 'shareholding'] },
    { key: 'debt', words: ['debt', 'debts', 'borrowings', 'net debt', 'long-term debt'] },
    { key: 'cash', words: ['cash', 'cash reserves', 'cash pile', 'free cash flow', 'cash flow'] },
    { key: 'assets', words: ['assets', 'total assets', 'assets under management'] },
    { key: 'deposits', words: ['deposits'] },
    { key: 'orders', words: ['orders', 'new orders', 'order intake', 'bookings', 'backlog'] },
    { key: 'capital spending', words: ['capital spending', 'capital expenditure', 'capital expenditures', 'capex', 'investment', 'investments'] },
    { key: 'costs', words: ['costs', 'expenses', 'operating costs', 'charge', 'charges', 'writedown', 'write-down', 'write-off'] },
    { key: 'price', words: ['price', 'prices', 'cost', 'list price', 'ticket price'], amountOnly: true },
    { key: 'output', words: ['output', 'production', 'shipments'] },
    { key: 'workforce', words: ['workforce', 'staff', 'headcount', 'payroll'] },
  ],
  predicates: [
    // "cut 1,200 jobs", "eliminate 1,500 positions", "laid off 300 workers"
    { key: 'cut', words: ['cut', 'cuts', 'cutting', 'eliminat', 'lay off', 'laid off', 'laying off', 'lays off', 'layoff', 'axed', 'axing', 'axes', 'shed', 'sheds', 'shedding', 'slash', 'redundan', 'job cuts', 'job losses'] },
    // "hire 2,000 people", "create 3,000 jobs"
    { key: 'created', words: ['hire', 'hired', 'hires', 'hiring', 'create', 'created', 'creates', 'creating', 'recruited', 'recruiting'] },
  ],
  // "bought the chipmaker for $5.4 billion" is the deal's value; "earned $4.5 million" a net income.
  metricVerbs: {
    acquire: 'deal value', buy: 'deal value', purchase: 'deal value', sell: 'deal value', divest: 'deal value', pay: 'deal value',
    earn: 'net income', lose: 'net loss', post: 'net income', report: 'net income',
  },
  // "cut 450 jobs" and "shed 600 positions" count one thing
  synonyms: [['jobs', 'positions', 'posts', 'roles']],
  predicateNouns: { cuts: 'cut', layoffs: 'cut', redundancies: 'cut', losses: 'cut', hires: 'created', hirings: 'created' },
};
