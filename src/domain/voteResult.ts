/** How a dot vote or a fist-of-five check came out, in words for the decisions log. */
import type { Vote } from './workshopSchema';

export interface VoteOutcome {
  /** One line for the decisions log, e.g. "Average 4.1 from 9 hands; none below 3". */
  summary: string;
  /** Fist of five: hands showing 0–2 mean someone cannot live with it. */
  blockers: number;
}

export function voteOutcome(vote: Vote): VoteOutcome {
  if (vote.kind === 'dotVote') {
    const ranked = [...vote.options].sort((a, b) => b.dots - a.dots);
    const total = ranked.reduce((sum, o) => sum + o.dots, 0);
    if (total === 0) return { summary: 'No dots cast', blockers: 0 };
    const listed = ranked.filter((o) => o.dots > 0).map((o) => `${o.label} ${o.dots}`);
    return { summary: `${listed.join(' · ')} (${total} dots)`, blockers: 0 };
  }
  const hands = vote.hands;
  if (hands.length === 0) return { summary: 'No hands recorded', blockers: 0 };
  const average = hands.reduce((sum, h) => sum + h, 0) / hands.length;
  const blockers = hands.filter((h) => h <= 2).length;
  const lowest = Math.min(...hands);
  const tail = blockers === 0 ? `none below ${lowest}` : `${blockers} at 2 or below`;
  return { summary: `Average ${average.toFixed(1)} from ${hands.length} hand${hands.length === 1 ? '' : 's'}; ${tail}`, blockers };
}
