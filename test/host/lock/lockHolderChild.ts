/**
 * The child process of acquireDataDirLock.test.ts: a second, real process that takes the lock of
 * a data folder, prints "locked <pid>", then follows commands on stdin ("release", "exit").
 * Usage: node child.mjs <dataDir>
 */
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { acquireDataDirLock } from '../../../electron/host/acquireDataDirLock';

const [dataDir] = process.argv.slice(2) as [string];
try {
  const lock = await acquireDataDirLock(dataDir);
  writeSync(1, `locked ${process.pid}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'release') {
      await lock.release();
      writeSync(1, 'released\n');
    }
    if (line === 'exit') process.exit(0);
  }
} catch (error) {
  writeSync(1, `refused ${(error as Error).message}\n`);
  process.exit(3);
}
