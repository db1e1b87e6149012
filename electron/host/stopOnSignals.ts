/**
 * Ctrl+C (SIGINT), SIGTERM and SIGHUP (the terminal window closing) in the browser mode: stop
 * safely and say what happened. The first
 * signal saves and stops; while saving fails it keeps retrying for a while, and a second signal
 * stops at once. Either way unsaved changes end up in an emergency copy whose path is printed,
 * and the process exits non-zero, never 0 after losing work.
 */
import { homedir, tmpdir } from 'node:os';
import type { AccordHost } from './accordHost.types';
import { stopSafely } from './stopSafely';

export interface StopOnSignalsOptions {
  host: Pick<AccordHost, 'close' | 'unsavedCopy'>;
  /** Runs first, e.g. closing the web server so no new edits arrive. */
  beforeStop?: () => Promise<void>;
  retryForMs?: number;
  retryEveryMs?: number;
  emergencyFolders?: readonly string[];
  print?: (text: string) => void;
  exit?: (code: number) => void;
}

const STOP_RETRY_MS = 20_000;

export function stopOnSignals(options: StopOnSignalsOptions): void {
  const print = options.print ?? ((text: string) => console.log(text));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const retryForMs = options.retryForMs ?? STOP_RETRY_MS;
  let signals = 0;
  let stopNow!: () => void;
  const stopNowRequested = new Promise<void>((resolve) => {
    stopNow = resolve;
  });

  const onSignal = (signal: NodeJS.Signals) => {
    // After SIGHUP the terminal is gone: writing to it fails (EIO), which must not end the save.
    if (signal === 'SIGHUP') for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
    signals += 1;
    if (signals > 1) {
      print('Stopping now: writing an emergency copy of the unsaved changes first…');
      stopNow();
      return;
    }
    print('Stopping Accord: saving pending changes…');
    void stop();
  };

  const stop = async () => {
    await options.beforeStop?.().catch(() => undefined);
    const outcome = await stopSafely(options.host, {
      retryForMs,
      retryEveryMs: options.retryEveryMs ?? 2_000,
      emergencyFolders: options.emergencyFolders ?? [homedir(), tmpdir()],
      stopNow: stopNowRequested,
      onRetrying: (problem) =>
        print(
          `Accord could not save the latest changes: ${problem}\n` +
            `It keeps trying for ${Math.round(retryForMs / 1000)} seconds, then writes an emergency copy to another folder. ` +
            'Press Ctrl+C again to write the copy and stop now.',
        ),
    });
    switch (outcome.kind) {
      case 'saved':
        print('All changes are saved. Accord has stopped.');
        exit(0);
        return;
      case 'emergencyCopy':
        print(
          `The latest changes to “${outcome.title}” could not be saved in the data folder.\n` +
            `An emergency copy with all of them was written to:\n\n  ${outcome.path}\n\n` +
            'Import that file (Library → Import) when Accord runs again. Accord has stopped.',
        );
        exit(1);
        return;
      case 'lost':
        print(
          `The latest changes to “${outcome.title}” could not be saved, and no folder would take an emergency copy (${outcome.problem}). ` +
            'Accord has stopped; free some disk space before starting it again.',
        );
        exit(2);
    }
  };

  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // Closing the terminal sends SIGHUP, which would otherwise end Node at once and lose the changes.
  process.on('SIGHUP', onSignal);
}
