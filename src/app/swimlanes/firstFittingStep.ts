/**
 * The first step (the largest scale) at which content fits, for a `fits` that, once it holds,
 * holds for every later step; `last` when no earlier step fits (it is taken even when it does
 * not). Each try lays the content out again, so the search starts from `hint`, the last answer:
 * when the content changed little (a key typed into a name the projector shows), the answer is
 * the same and two tries confirm it (the hint fits, the step before it does not) where a search
 * by halves from the first step takes six. Any hint gives the same answer.
 */
export function firstFittingStep(fits: (step: number) => boolean, last: number, hint = 0): number {
  const start = Math.min(Math.max(0, Math.trunc(hint)), last);
  if (start === last) return start > 0 && fits(start - 1) ? firstIn(fits, 0, start - 1) : last;
  if (fits(start)) return start > 0 && fits(start - 1) ? firstIn(fits, 0, start - 1) : start;
  return firstIn(fits, start + 1, last);
}

/** The first step in low…high that fits, `high` being known to fit (or to be the last, taken anyway). */
function firstIn(fits: (step: number) => boolean, low: number, high: number): number {
  while (low < high) {
    const middle = (low + high) >> 1;
    if (fits(middle)) high = middle;
    else low = middle + 1;
  }
  return high;
}
