/**
 * Routes a figure to the rules of a stage that can apply to it. Most rules need a particular word
 * right before the figure ("about", "$", "between") or right after it ("percent", "cents", "to"),
 * and most figures stand beside none of them: rather than call every rule to learn that, each rule
 * declares its words next to it (`needs`), and a table built once at module load gives, for the
 * word before and the word after, the rules that may apply. Rules that declare nothing always run.
 * The rules still run in their stage's order, each seeing what the rules before it did.
 */
import type { Token } from '../text/tokens';
import type { Draft, Rule } from './draft';

/** Rules chosen from a route, one bit each in the rules' order (bit 0 is the first rule). */
export type RuleSet = number;

/** A stage's rules and the table from a neighbouring word to the rules that need it. */
export class RuleRoute<R extends Rule<unknown>> {
  /** The rules that declare no words: they run for every figure. */
  private readonly always: RuleSet;
  private readonly byWordBefore = new Map<string, RuleSet>();
  private readonly byWordAfter = new Map<string, RuleSet>();

  constructor(readonly rules: readonly R[]) {
    if (rules.length > 31) throw new Error(`${rules.length} rules: a route takes at most 31 (one bit each)`);
    let always = 0;
    rules.forEach((rule, r) => {
      const bit = 1 << r;
      if (!rule.needs) always |= bit;
      for (const word of rule.needs?.before ?? []) this.byWordBefore.set(word, (this.byWordBefore.get(word) ?? 0) | bit);
      for (const word of rule.needs?.after ?? []) this.byWordAfter.set(word, (this.byWordAfter.get(word) ?? 0) | bit);
    });
    this.always = always;
  }

  /**
   * The rules that may apply to `d` where its edges stand now. A rule that applies moves the edges,
   * and so the neighbours: callers that go on after one applies choose again for the rest.
   */
  select(tokens: readonly Token[], d: Draft): RuleSet {
    const before = this.byWordBefore.get(tokens[d.first - 1]?.lower ?? '') ?? 0;
    const after = this.byWordAfter.get(tokens[d.last + 1]?.lower ?? '') ?? 0;
    return this.always | before | after;
  }
}

/** Whether rule number `r` of a route is among `set`. */
export function includes(set: RuleSet, r: number): boolean {
  return (set & (1 << r)) !== 0;
}
