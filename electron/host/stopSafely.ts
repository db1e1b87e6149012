/**
 * Stopping without losing work: the host's last save is retried for a bounded time; if the disk
 * still refuses it (or the facilitator insists on stopping now), the unsaved workshop goes to an
 * emergency copy in another folder, and the outcome says exactly where.
 */
import type { AccordHost } from './accordHost.types';
import { writeEmergencyCopy } from './storage/writeEmergencyCopy';

export interface StopSafelyOptions {
  /** How long the last save is retried before the emergency copy is written. */
  retryForMs: number;
  retryEveryMs: number;
  /** Tried in order for the emergency copy (e.g. the home folder, then the temp folder). */
  emergencyFolders: readonly string[];
  /** Settles when the facilitator asks to stop at once (a second Ctrl+C). */
  stopNow: Promise<void>;
  /** Told once, when the first attempt fails, what happens next. */
  onRetrying(problem: string): void;
  /** Injected for tests; defaults to real timers. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export type StopOutcome =
  | { kind: 'saved' }
  | { kind: 'emergencyCopy'; problem: string; title: string; path: string }
  | { kind: 'lost'; problem: string; title: string };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function stopSafely(host: Pick<AccordHost, 'close' | 'unsavedCopy'>, options: StopSafelyOptions): Promise<StopOutcome> {
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  let stopNow = false;
  void options.stopNow.then(() => {
    stopNow = true;
  });
  const attempt = () => host.close().then(() => null, (error: unknown) => (error as Error).message);

  let problem = await attempt();
  if (problem === null) return { kind: 'saved' };
  options.onRetrying(problem);
  const deadline = now() + options.retryForMs;
  while (!stopNow && now() < deadline) {
    await Promise.race([sleep(Math.min(options.retryEveryMs, Math.max(0, deadline - now()))), options.stopNow]);
    if (stopNow) break;
    problem = await attempt();
    if (problem === null) return { kind: 'saved' };
  }

  const copy = host.unsavedCopy();
  if (!copy) return { kind: 'saved' };
  const path = await writeEmergencyCopy(copy, options.emergencyFolders);
  return path ? { kind: 'emergencyCopy', problem, title: copy.title, path } : { kind: 'lost', problem, title: copy.title };
}
