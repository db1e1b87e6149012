/**
 * A value made when first asked for rather than when its module loads. For the date formatters:
 * made while the app's code is still being evaluated, the first one costs 20–30 ms on the main
 * thread; made at the first render that shows a date, it finds ICU already set up by the worker
 * that warmDateFormatting.ts started.
 */
export function onFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
