/**
 * The check-in's review, command by command: the room's verdict on each action agreed last
 * time and the numbers each hand-off actually reached. Both refer to the latest earlier
 * workshop (what the check-in looks back on), not to today's lists, so removing or rewording an
 * action today never loses what the room said about it.
 */
import type { commandSchema } from './commands';
import type { Rejection } from './validationMessages';
import type { ActionReview, CommitmentResult, Workshop } from './workshopSchema';

type ReviewCommand = Extract<ReturnType<typeof commandSchema.parse>, { type: 'reviewAction' | 'recordCommitmentResult' }>;

/** The signed workshop this check-in follows, or null for a first workshop. */
function previousWorkshop(workshop: Pick<Workshop, 'checkIn'>) {
  return workshop.checkIn?.earlier.at(-1) ?? null;
}

export function validateCheckInReview(workshop: Workshop, cmd: ReviewCommand): Rejection | null {
  const previous = previousWorkshop(workshop);
  if (previous === null) return { path: '', message: 'Only a check-in looks back on earlier actions and hand-offs.' };
  if (cmd.type === 'reviewAction') {
    return previous.actions.some((a) => a.id === cmd.actionId) ? null : { path: 'actionId', message: 'That action was not agreed last time.' };
  }
  return previous.handoffs.some((h) => h.id === cmd.handoffId) ? null : { path: 'handoffId', message: 'That hand-off was not agreed last time.' };
}

const noVerdict = (actionId: string): ActionReview => ({ actionId, outcome: null, reason: '' });
const noResult = (handoffId: string): CommitmentResult => ({ handoffId, followUpHours: null, followUpAttempts: null, volumePerPeriod: null, note: '' });

/**
 * Applies a validated review command. An entry is created on first use and dropped when it says
 * nothing any more (no outcome and no reason; no number and no note), so clearing a field leaves
 * the document as it was before it was filled.
 */
export function resolveCheckInReview(draft: Workshop, cmd: ReviewCommand): void {
  const checkIn = draft.checkIn!;
  if (cmd.type === 'reviewAction') {
    const at = checkIn.actionReviews.findIndex((r) => r.actionId === cmd.actionId);
    const next = { ...(checkIn.actionReviews[at] ?? noVerdict(cmd.actionId)), ...cmd.patch };
    const empty = next.outcome === null && next.reason === '';
    upsert(checkIn.actionReviews, at, empty ? null : next, previousOrder(draft, 'actions', (r) => r.actionId));
    return;
  }
  const at = checkIn.commitmentResults.findIndex((r) => r.handoffId === cmd.handoffId);
  const next = { ...(checkIn.commitmentResults[at] ?? noResult(cmd.handoffId)), ...cmd.patch };
  const empty = next.followUpHours === null && next.followUpAttempts === null && next.volumePerPeriod === null && next.note === '';
  upsert(checkIn.commitmentResults, at, empty ? null : next, previousOrder(draft, 'handoffs', (r) => r.handoffId));
}

/** Entries are kept in the order of the earlier list they review, so the document does not depend on the order of the room's clicks. */
function previousOrder<T>(draft: Workshop, list: 'actions' | 'handoffs', idOf: (entry: T) => string) {
  const order = new Map(previousWorkshop(draft)![list].map((item, index) => [item.id, index]));
  return (a: T, b: T) => (order.get(idOf(a)) ?? 0) - (order.get(idOf(b)) ?? 0);
}

function upsert<T>(entries: T[], at: number, entry: T | null, byEarlierOrder: (a: T, b: T) => number): void {
  if (entry === null) {
    if (at >= 0) entries.splice(at, 1);
    return;
  }
  if (at >= 0) entries[at] = entry;
  else {
    entries.push(entry);
    entries.sort(byEarlierOrder);
  }
}
