/** A value made when first asked for rather than when its module loads (see warmDateFormatting.ts for the date formatters'). */
export function onFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
