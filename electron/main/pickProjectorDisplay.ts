import type { Display } from 'electron';

/**
 * The display the projector window belongs on: any display other than the one the console is
 * on, preferring an external one over a built-in panel. Null when there is only one screen.
 */
export function pickProjectorDisplay(displays: readonly Display[], consoleDisplayId: number): Display | null {
  const others = displays.filter((display) => display.id !== consoleDisplayId);
  return others.find((display) => !display.internal) ?? others[0] ?? null;
}
