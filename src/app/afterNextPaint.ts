/**
 * Runs `run` once the next frame has been drawn: a task queued from a frame callback runs after
 * the browser has done that frame's work (style, layout, paint), so what `run` does neither
 * delays that frame nor lands in it. A hidden or minimised window draws no frames: with
 * `limitMs`, `run` runs after that long anyway. Returns a cancel.
 */
export function afterNextPaint(run: () => void, limitMs?: number): () => void {
  let settled = false;
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  let limit: ReturnType<typeof setTimeout> | undefined;
  const once = () => {
    if (settled) return;
    settled = true;
    clearTimeout(limit);
    run();
  };
  const frame = requestAnimationFrame(() => {
    afterFrame = setTimeout(once, 0);
  });
  if (limitMs !== undefined) limit = setTimeout(once, limitMs);
  return () => {
    settled = true;
    cancelAnimationFrame(frame);
    clearTimeout(afterFrame);
    clearTimeout(limit);
  };
}
