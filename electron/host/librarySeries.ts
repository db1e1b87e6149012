/**
 * The library as a facilitator finds a series in it: the workshops of one series side by side
 * (where its most recently edited one falls in the newest-first list, the first workshop then its
 * check-ins in order), each knowing how many the series has here, and the titles the library
 * holds now for the first workshop and for the one a check-in follows (renamed since, say).
 */
import type { WorkshopSummary } from '../../src/shared/accordApi';

export function librarySeries(summaries: readonly WorkshopSummary[]): WorkshopSummary[] {
  const byId = new Map(summaries.map((summary) => [summary.id, summary]));
  const groups = new Map<string, WorkshopSummary[]>();
  for (const summary of summaries) {
    const group = groups.get(summary.series.id);
    if (group) group.push(summary);
    else groups.set(summary.series.id, [summary]);
  }
  const currentTitle = (id: string, signedTitle: string) => {
    const held = byId.get(id);
    return held && held.problem === null ? held.title : signedTitle;
  };
  const followers = new Map<string, number>();
  for (const summary of summaries) {
    const followed = summary.series.follows?.workshopId;
    if (followed !== undefined) followers.set(followed, (followers.get(followed) ?? 0) + 1);
  }
  // A Map keeps its keys in the order first seen: each series where its newest member stands.
  return [...groups.values()].flatMap((group) => {
    if (group.length === 1 && !group[0]!.isCheckIn) return group;
    return [...group]
      .sort((a, b) => a.series.position - b.series.position)
      .map((summary) => ({
        ...summary,
        series: {
          ...summary.series,
          size: group.length,
          followedBy: followers.get(summary.id) ?? 0,
          title: currentTitle(summary.series.id, summary.series.title),
          follows: summary.series.follows && { ...summary.series.follows, title: currentTitle(summary.series.follows.workshopId, summary.series.follows.title) },
        },
      }));
  });
}
