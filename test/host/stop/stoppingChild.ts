/**
 * The child process of stopOnSignals.test.ts: the browser mode's host and stop handling without
 * the web server. It opens the sample, makes an edit, and on "check" tries to save it (the test
 * has filled the disk by then), then waits for signals like `npm run web` does.
 * Usage: node child.mjs <dataDir> <emergencyDir> <retryForMs>
 */
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createAccordHost } from '../../../electron/host/accordHost';
import { stopOnSignals } from '../../../electron/host/stopOnSignals';

const [dataDir, emergencyDir, retryForMs] = process.argv.slice(2) as [string, string, string];
const say = (text: string) => writeSync(1, `${text}\n`);
const host = await createAccordHost({ dataDir });
await host.call('dispatch', [{ type: 'updateSetup', patch: { title: 'Edited while the disk is full' } }]);
say('edited');
for await (const line of createInterface({ input: process.stdin })) {
  if (line !== 'check') continue;
  say(await host.flush().then(() => 'flushed', (error: Error) => `flush failed: ${error.message}`));
  stopOnSignals({ host, retryForMs: Number(retryForMs), retryEveryMs: 50, emergencyFolders: [emergencyDir], print: say });
  say('ready');
}
