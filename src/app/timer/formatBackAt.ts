/** "10:45" (or "10:45 AM"): when a break ends, in this machine's way of writing times. */
export function formatBackAt(breakEndsAt: string): string {
  return new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(new Date(breakEndsAt));
}
