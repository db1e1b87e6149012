/**
 * The child process of acquireDataDirLock.test.ts: a second, real process that takes the lock of
 * a data folder, prints "locked <pid>", then follows commands on stdin ("release", "exit").
 * With "manual-heartbeat" the heartbeat runs only when the test sends "beat" (answered "beat").
 * Usage: node child.mjs <dataDir> [manual-heartbeat]
 */
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { acquireDataDirLock, DEFAULT_LOCK_TIMING } from '../../../electron/host/acquireDataDirLock';

const [dataDir, mode] = process.argv.slice(2) as [string, string | undefined];
let beat: (() => Promise<void>) | undefined;
const timing =
  mode === 'manual-heartbeat'
    ? {
        ...DEFAULT_LOCK_TIMING,
        every: (run: () => Promise<void>) => {
          beat = run;
          return () => (beat = undefined);
        },
      }
    : DEFAULT_LOCK_TIMING;
try {
  const lock = await acquireDataDirLock(dataDir, timing);
  writeSync(1, `locked ${process.pid}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'release') {
      await lock.release();
      writeSync(1, 'released\n');
    }
    if (line === 'beat') {
      await beat?.();
      writeSync(1, 'beat\n');
    }
    if (line === 'exit') process.exit(0);
  }
} catch (error) {
  writeSync(1, `refused ${(error as Error).message}\n`);
  process.exit(3);
}
