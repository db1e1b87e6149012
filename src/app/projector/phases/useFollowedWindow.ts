/**
 * Which `count` items of a list the wall shows: the first ones, until the facilitator adds or
 * edits one that would not be among them; then a run of `count` that ends with it, so what is
 * being discussed is what the room reads. The session's updates share unchanged items (immer),
 * so the edited one is the one that is a new object; a change to many at once follows none.
 */
import { useEffect, useRef, useState } from 'react';

/** The one item added or changed between two versions of a list; null for none or several. */
export function changedItemId<T extends { id: string }>(previous: readonly T[], next: readonly T[]): string | null {
  const before = new Set(previous);
  const changed = next.filter((item) => !before.has(item));
  return changed.length === 1 ? changed[0]!.id : null;
}

/** The first `count` items, or the run of `count` that ends with the followed one when it lies beyond them. */
export function followedWindow<T extends { id: string }>(items: readonly T[], followedId: string | null, count: number): { start: number; shown: readonly T[] } {
  const index = items.findIndex((item) => item.id === followedId);
  const start = index < count ? 0 : index - count + 1;
  return { start, shown: items.slice(start, start + count) };
}

export function useFollowedWindow<T extends { id: string }>(items: readonly T[], count: number): { start: number; shown: readonly T[] } {
  const previous = useRef(items);
  const [followedId, setFollowedId] = useState<string | null>(null);
  useEffect(() => {
    const changed = changedItemId(previous.current, items);
    previous.current = items;
    if (changed) setFollowedId(changed);
  }, [items]);
  return followedWindow(items, followedId, count);
}
