/**
 * The search for the first step (the largest) at which a box's content fits, among steps
 * 0…last ordered largest first, where each try lays the content out again: a render and a
 * layout in useLargestThatFits, a layout in FitBox (firstFittingStep). It begins at a hint, the
 * last answer: content that changed a little (a name typed, a role flipped) usually keeps its
 * answer, which two tries confirm (the hint fits, the step before it does not; a render-driven
 * search then draws the hint again) where a search from the first step took about six. From a
 * step that does not fit it gallops down (1, 2, 4… steps), then halves the gap. Any hint gives
 * the same answer; `last` is taken even when it does not fit.
 */
export interface FitSearch {
  /** The answer lies in low…high: high is the best fit known, or the last step. */
  low: number;
  high: number;
  galloping: boolean;
  /** How far the next gallop jumps. */
  stride: number;
  /** The hint fitted: the step before it is tried next, to confirm it is the first that fits. */
  confirming: boolean;
}

/** A new search and the step to show first. */
export function startFitSearch(last: number, hint = 0): { search: FitSearch; probe: number } {
  const probe = Math.min(Math.max(0, Math.trunc(hint)), last);
  return { search: { low: 0, high: last, galloping: true, stride: 1, confirming: probe > 0 }, probe };
}

/** After measuring `shown`: the step to show next, or `shown` itself when the search has settled there. */
export function nextFitProbe(search: FitSearch, shown: number, fits: boolean, last: number): number {
  if (shown >= last) {
    // The last step is taken untried, once every step before it is known not to fit.
    if (!search.confirming || last === 0) return last;
    search.confirming = false;
    return last - 1;
  }
  if (fits) {
    if (search.low >= shown) {
      search.low = search.high = shown;
      return shown;
    }
    search.high = shown;
    if (search.confirming) {
      search.confirming = false;
      return shown - 1;
    }
    search.galloping = false;
  } else {
    search.confirming = false;
    // A settled answer that no longer fits (its content grew) searches on below it.
    if (search.high <= shown) search.high = last;
    search.low = shown + 1;
  }
  if (search.low >= search.high) return search.high;
  if (!search.galloping) return (search.low + search.high) >> 1;
  const next = shown + search.stride;
  search.stride *= 2;
  // `high` needs no try (it fits, or is the last, taken anyway): a gallop reaching it halves instead.
  return next < search.high ? next : (search.low + search.high) >> 1;
}

/** The search run at once, for content that can be tried without a render (FitBox): the answer. */
export function firstFittingStep(fits: (step: number) => boolean, last: number, hint = 0): number {
  const { search, probe } = startFitSearch(last, hint);
  for (let step = probe; ; ) {
    const next = nextFitProbe(search, step, step < last && fits(step), last);
    if (next === step) return step;
    // The answer is known (it fitted, or it is the last): no need to try it again.
    if (search.low >= search.high) return search.high;
    step = next;
  }
}
