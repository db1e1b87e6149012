/** How a dot vote or a fist-of-five check came out: the numbers both screens show, and one line for the decisions log. */
import { countNoun } from './countNoun';
import { NOUNS } from './labels';
import type { Vote } from './workshopSchema';

/** The fist-of-five scale, from a fist that blocks to five fingers of full support. */
export const FIST_OF_FIVE = [
  { value: 0, caption: 'Block' },
  { value: 1, caption: 'Strong concerns' },
  { value: 2, caption: 'Concerns' },
  { value: 3, caption: 'Can live with it' },
  { value: 4, caption: 'Support' },
  { value: 5, caption: 'Full support' },
] as const;

/** A hand showing 0–2 fingers means that person cannot live with it. */
export function isBlockingHand(fingers: number): boolean {
  return fingers <= 2;
}

export interface VoteOutcome {
  /** One line for the decisions log, e.g. "Average 4.1 from 9 hands; none below 3". */
  summary: string;
  /** Fist of five: the hands that block. */
  blockers: number;
  /** Fist of five: the average hand, or null before the first. */
  average: number | null;
  /** Fist of five: how many hands showed each value, 0 to 5. */
  handsByValue: number[];
  /** Dot vote: all dots cast. */
  totalDots: number;
}

export function voteOutcome(vote: Pick<Vote, 'kind' | 'options' | 'hands'>): VoteOutcome {
  const totalDots = vote.options.reduce((sum, o) => sum + o.dots, 0);
  const handsByValue = FIST_OF_FIVE.map(({ value }) => vote.hands.filter((h) => h === value).length);
  const hands = vote.hands;
  const average = hands.length ? hands.reduce((sum, h) => sum + h, 0) / hands.length : null;
  const blockers = hands.filter(isBlockingHand).length;
  const base = { blockers: 0, average, handsByValue, totalDots };
  if (vote.kind === 'dotVote') {
    if (totalDots === 0) return { ...base, summary: 'No dots cast' };
    const listed = [...vote.options]
      .sort((a, b) => b.dots - a.dots)
      .filter((o) => o.dots > 0)
      .map((o) => `${o.label} ${o.dots}`);
    return { ...base, summary: `${listed.join(' · ')} (${countNoun(totalDots, NOUNS.dot)})` };
  }
  if (average === null) return { ...base, summary: 'No hands recorded' };
  const tail = blockers === 0 ? `none below ${Math.min(...hands)}` : `${blockers} at 2 or below`;
  return { ...base, blockers, summary: `Average ${average.toFixed(1)} from ${countNoun(hands.length, NOUNS.hand)}; ${tail}` };
}

/** The vote the room sees while it runs: the latest started of those still open (the last listed of equals), or null. */
export function voteOnTheWall(votes: readonly Vote[]): Vote | null {
  let latest: Vote | null = null;
  for (const vote of votes) if (vote.status === 'open' && (latest === null || vote.createdAt >= latest.createdAt)) latest = vote;
  return latest;
}
