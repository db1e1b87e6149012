/**
 * Orders free-text meeting cadences from most to least frequent ("Daily stand-up" before
 * "Every second Monday" before "Quarterly, half day"), so the projector reads as a rhythm.
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

export function cadenceRank(cadence: string): number {
  // "Every second Monday" must rank as fortnightly, not weekly: test the specific forms first.
  if (RANKS[3]![0].test(cadence)) return 4;
  for (const [pattern, rank] of RANKS) if (pattern.test(cadence)) return rank;
  return 9;
}
