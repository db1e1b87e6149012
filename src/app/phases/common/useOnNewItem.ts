/**
 * For items the host names (intent commands): call `expectNew()` just before dispatching, and
 * `onNew` runs once with the first item that then appears in `items`, whichever arrives first,
 * the patch or the answer to the dispatch; `cancel()` when the dispatch is refused.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function useOnNewItem<T extends { id: string }>(items: readonly T[], onNew: (item: T) => void): { expectNew: () => void; cancel: () => void } {
  const [known, setKnown] = useState<ReadonlySet<string> | null>(null);
  const latest = useRef(onNew);
  latest.current = onNew;
  useEffect(() => {
    if (!known) return;
    const added = items.find((item) => !known.has(item.id));
    if (!added) return;
    setKnown(null);
    latest.current(added);
  }, [known, items]);
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const expectNew = useCallback(() => setKnown(new Set(itemsRef.current.map((item) => item.id))), []);
  const cancel = useCallback(() => setKnown(null), []);
  return { expectNew, cancel };
}
