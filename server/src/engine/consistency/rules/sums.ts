import type { Claim, Finding } from '../../types';
import { DEFAULT_SEVERITY, type EventGroup } from '../model';
import { Story } from '../story';

/**
 * Parts that cannot fit in their whole: "86 people, including 57 Thais and 31 Vietnamese", or
 * "49 of the 40". Only a sum larger than the whole is an error: a list introduced by "including"
 * need not be complete. A whole the desk reviewed against one of its parts is not reported.
 */
export function sums(group: EventGroup): Finding[] {
  const story = Story.of(group);
  const findings: Finding[] = [];
  for (const article of group.articles) {
    const claims = article.analysis.claims;
    const parts = new Map<number, Claim[]>();
    const counted = new Set<string>();
    for (const claim of claims) {
      if (claim.partOf === null || claim.figure.unit === 'fraction') continue;
      let list = parts.get(claim.partOf);
      if (!list) parts.set(claim.partOf, (list = []));
      // Parts counted twice ("57 Thais … 57 Thais") are one part.
      const group = JSON.stringify([claim.partOf, claim.figure.value, claim.nounKey, claim.qualifier]);
      if (!counted.has(group)) list.push(claim);
      counted.add(group);
    }
    for (const [wholeIndex, list] of parts) {
      const whole = claims[wholeIndex];
      if (!whole || whole.figure.max === null || whole.figure.unit !== null) continue;
      if (list.some((p) => p.figure.unit !== null || p.figure.min === null)) continue;
      const total = list.reduce((sum, p) => sum + (p.figure.min ?? 0), 0);
      if (total <= whole.figure.max) continue;
      const placed = (claim: Claim) => ({ article, claim, index: claims.indexOf(claim) });
      if (list.some((p) => story.reviewOf(placed(whole), placed(p)))) continue;
      const written = list.map((p) => p.figure.text).join(' + ');
      findings.push({
        doc: article.doc, start: whole.figure.start, end: whole.figure.end, code: 'sum-mismatch',
        severity: DEFAULT_SEVERITY['sum-mismatch'],
        message: list.length === 1
          ? `A part is larger than its whole: “${list[0].figure.text}” of “${whole.figure.text}”.`
          : `The parts add up to ${formatNumber(total)} (${written}), more than the whole, “${whole.figure.text}”.`,
        related: list.map((p) => ({ doc: article.doc, start: p.figure.start, end: p.figure.end, message: `Part: “${p.figure.text}”${p.noun ? ` ${p.noun}` : ''}` })),
      });
    }
  }
  return findings;
}

function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}
