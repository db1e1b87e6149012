/**
 * Set up in every end-to-end worker (vitest.config.ts): the worker's main thread, and the browser
 * and hosts it starts (they inherit it), run at a lower CPU priority than the unit tests beside
 * them in `npm test`. The unit tests run on one worker and used to end last, alone on one core,
 * while the end-to-end specs left the other idle; with priority they end sooner, and the two
 * browser workers then use both cores. The total work is the same, and on an idle machine the
 * priority changes nothing.
 */
import { getPriority, setPriority } from 'node:os';

const NICER = 5;

try {
  if (getPriority() < NICER) setPriority(NICER);
} catch {
  // Not permitted here: the specs run the same, only the order of work on the CPU differs.
}
