/**
 * Which stage the facilitator just changed, from two versions of the workshop: the projector
 * pages to it, so the room reads the stage being discussed. The session's updates share every
 * unchanged object (immer patches), so a changed activity or stage is a different object. A
 * change spread over several stages (a fresh snapshot, a template) points at none of them.
 */
import type { Activity, Stage } from '../../../domain/workshopSchema';

interface Parts {
  stages: readonly Stage[];
  activities: readonly Activity[];
}

export function stageOfLatestEdit(previous: Parts, next: Parts): string | null {
  const touched = new Set<string>();
  if (previous.activities !== next.activities) {
    const before = new Set(previous.activities);
    const after = new Set(next.activities);
    for (const a of next.activities) if (!before.has(a)) touched.add(a.stageId);
    for (const a of previous.activities) if (!after.has(a)) touched.add(a.stageId);
  }
  if (previous.stages !== next.stages) {
    const before = new Set(previous.stages);
    for (const s of next.stages) if (!before.has(s)) touched.add(s.id);
  }
  const [only] = touched;
  return touched.size === 1 && next.stages.some((s) => s.id === only) ? only! : null;
}
