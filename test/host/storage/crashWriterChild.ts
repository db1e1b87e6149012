/**
 * The child process of crashSafety.test.ts: saves one workshop through the repository as fast as
 * it can, bumping a counter with every save, and prints each counter once its save has resolved.
 * It never stops by itself; the test kills it with SIGKILL. Usage: node child.mjs <dataDir> <id>
 */
import { writeSync } from 'node:fs';
import { createWorkshopRepository } from '../../../electron/host/storage/workshopRepository';
import { counterOf, withCounter } from '../../helpers/crashCounter';

const [dataDir, id] = process.argv.slice(2) as [string, string];
const repository = await createWorkshopRepository({ dataDir });
let { workshop } = await repository.open(id);
let counter = counterOf(workshop);
// writeSync: a line is in the pipe before the next save starts, so a kill cannot swallow an acknowledgement.
writeSync(1, `ready ${counter}\n`);
for (;;) {
  counter += 1;
  workshop = withCounter(workshop, counter);
  await repository.save(workshop);
  writeSync(1, `ack ${counter}\n`);
  // Snapshots are written (and pruned) between saves, as the session does; kills land in them too.
  if (counter % 5 === 0) await repository.snapshot(workshop);
}
