import type { Beat } from '../beat';

/**
 * The economy: prices, jobs, output, trade, money and public finances, mostly as rates and levels
 * that official releases state for a month, a quarter or a year ("the jobless rate fell to 4.2% in
 * March", "GDP grew 0.3% in the third quarter", "a trade surplus of 4.5 billion dlrs").
 */
export const economy: Beat = {
  id: 'economy',
  description: 'inflation, unemployment, growth, interest rates, trade, budgets and debt',
  metrics: [
    { key: 'inflation', words: ['inflation', 'inflation rate', 'consumer prices', 'consumer price index', 'cpi', 'consumer price inflation', 'headline inflation', 'core inflation', 'retail prices', 'retail price index', 'producer prices', 'wholesale prices'] },
    { key: 'unemployment rate', words: ['unemployment rate', 'jobless rate', 'unemployment', 'joblessness', 'rate of unemployment'] },
    { key: 'unemployed', words: ['jobless', 'unemployed', 'jobless total', 'number of unemployed'] },
    { key: 'jobless claims', words: ['jobless claims', 'initial claims', 'claims for unemployment benefits', 'applications for unemployment insurance', 'new applications for unemployment insurance'] },
    { key: 'payrolls', words: ['payrolls', 'nonfarm payrolls', 'non-farm payrolls', 'employment'] },
    { key: 'economic growth', words: ['growth', 'economic growth', 'gdp growth', 'growth rate', 'annual growth'] },
    { key: 'gdp', words: ['gdp', 'gross domestic product', 'gnp', 'gross national product', 'economy', 'output of the economy'] },
    { key: 'interest rate', words: ['interest rate', 'interest rates', 'base rate', 'base rates', 'discount rate', 'prime rate', 'lending rate', 'benchmark rate', 'key rate', 'policy rate', 'repo rate', 'federal funds rate', 'bank rate', 'cash rate'], daily: true },
    { key: 'bond yield', words: ['yield', 'yields', 'bond yield', 'bond yields'], daily: true },
    { key: 'trade balance', words: ['trade balance', 'trade surplus', 'trade deficit', 'surplus', 'deficit', 'trade gap'] },
    { key: 'current account', words: ['current account', 'current account surplus', 'current account deficit', 'current account balance'] },
    { key: 'budget deficit', words: ['budget deficit', 'budget shortfall', 'fiscal deficit', 'public sector borrowing requirement', 'budget gap'] },
    { key: 'borrowing', words: ['borrowing', 'public borrowing', 'government borrowing', 'net borrowing'] },
    { key: 'budget', words: ['budget', 'spending', 'spending plan', 'budget plan', 'public spending', 'government spending', 'expenditure', 'outlays'] },
    { key: 'public debt', words: ['public debt', 'national debt', 'foreign debt', 'external debt', 'government debt', 'sovereign debt'] },
    { key: 'exports', words: ['exports', 'export'] },
    { key: 'imports', words: ['imports', 'import'] },
    { key: 'reserves', words: ['reserves', 'foreign exchange reserves', 'foreign reserves', 'currency reserves', 'gold reserves'] },
    { key: 'money supply', words: ['money supply', 'm1', 'm2', 'm3', 'broad money', 'narrow money'] },
    { key: 'industrial production', words: ['industrial production', 'industrial output', 'factory output', 'manufacturing output'] },
    { key: 'retail sales', words: ['retail sales', 'consumer spending'] },
    { key: 'housing starts', words: ['housing starts', 'home sales', 'house prices', 'home prices'] },
    { key: 'exchange rate', words: ['dollar', 'exchange rate', 'the dollar', 'sterling', 'the pound', 'yen', 'euro'], daily: true },
    { key: 'minimum wage', words: ['minimum wage', 'wages', 'average earnings', 'pay'] },
    { key: 'tax', words: ['tax', 'taxes', 'tax rate', 'income tax', 'corporate tax', 'vat', 'tariff', 'tariffs', 'duty', 'duties'] },
  ],
};
