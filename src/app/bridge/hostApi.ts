/** The one host API of this window, set once at start-up (tests may set a fake). */
import type { AccordApi } from '../../shared/accordApi';

let current: AccordApi | null = null;

export function setHostApi(api: AccordApi): void {
  current = api;
}

export function hostApi(): AccordApi {
  if (!current) throw new Error('Accord has not connected to its host yet.');
  return current;
}
