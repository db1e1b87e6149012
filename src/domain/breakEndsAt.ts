/** When a break of `minutes` announced at `now` ends: rounded up to the whole minute, so "Back at 10:45" and the countdown end together. */
export function breakEndsAt(now: string | number, minutes: number): string {
  const at = typeof now === 'number' ? now : Date.parse(now);
  return new Date(Math.ceil((at + minutes * 60_000) / 60_000) * 60_000).toISOString();
}
