/**
 * For items the host names (intent commands): pass the id the host answered with, and `onArrive`
 * runs once that item is in `items`, whichever comes first, the patch or the answer. Only the
 * item this window created counts, never one another window added meanwhile.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function useOnNewItem<T extends { id: string }>(items: readonly T[], onArrive: (item: T) => void): (createdId: string | null) => void {
  const [awaited, setAwaited] = useState<string | null>(null);
  const latest = useRef(onArrive);
  latest.current = onArrive;
  useEffect(() => {
    if (awaited === null) return;
    const arrived = items.find((item) => item.id === awaited);
    if (!arrived) return;
    setAwaited(null);
    latest.current(arrived);
  }, [awaited, items]);
  return useCallback((createdId: string | null) => setAwaited(createdId), []);
}
