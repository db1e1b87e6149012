/** Electron's bridge, when the preload has exposed it as `window.accord`; null in the browser mode. */
import type { AccordApi } from '../../shared/accordApi';

export function preloadedApi(): AccordApi | null {
  // Read without a global declaration so this never clashes with the preload's own typing.
  return (window as unknown as { accord?: AccordApi }).accord ?? null;
}
