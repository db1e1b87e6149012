/**
 * Orders free-text meeting cadences from most to least frequent ("Daily stand-up" before
 * "Every second Monday" before "Quarterly, half day"), so the projector and the charter read
 * as a rhythm.
 */
const RANKS: [RegExp, number][] = [
  [/\b(daily|every day|each day|täglich)\b/i, 1],
  [/\b(twice a week|bi-?weekly)\b/i, 2],
  [/\b(weekly|every week|each week|monday|tuesday|wednesday|thursday|friday)\b/i, 3],
  [/\b(fortnight|fortnightly|every (second|other|2nd|two) (week|monday|tuesday|wednesday|thursday|friday))\b/i, 4],
  [/\b(monthly|every month|each month|month)\b/i, 5],
  [/\b(quarterly|every quarter|each quarter|quarter)\b/i, 6],
  [/\b(half-?yearly|twice a year|semi-?annual)\b/i, 7],
  [/\b(yearly|annual|annually|every year|once a year)\b/i, 8],
];
const UNKNOWN_RANK = 9;
const FORTNIGHTLY = RANKS[3]!;

export function cadenceRank(cadence: string): number {
  // "Every second Monday" must rank as fortnightly, not weekly: test the specific forms first.
  if (FORTNIGHTLY[0].test(cadence)) return FORTNIGHTLY[1];
  for (const [pattern, rank] of RANKS) if (pattern.test(cadence)) return rank;
  return UNKNOWN_RANK;
}

/** Items by how often they happen, most frequent first; equal cadences keep their order. */
export function byCadence<T extends { cadence: string }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index, rank: cadenceRank(item.cadence) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((x) => x.item);
}
