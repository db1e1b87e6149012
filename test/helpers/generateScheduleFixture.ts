/**
 * Writes the fixture of the schema version that added meeting schedules (8): the version 7
 * fixture opened (its signed charter version 1 keeps its meetings without schedules, in the history),
 * the two meetings given a schedule (which starts charter version 2), and version 2 signed again
 * by the sponsor and one more participant. Run `npx tsx test/helpers/generateScheduleFixture.ts`
 * only when creating it; once committed, the file stands for what Accord at that version wrote.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { applyCommand } from '../../src/domain/applyCommand';
import type { Command } from '../../src/domain/commands';
import { parseWorkshopText } from '../../src/domain/parseWorkshop';
import { openSignoffWarnings } from '../../src/domain/signoff';
import { CURRENT_SCHEMA_VERSION, type Workshop } from '../../src/domain/workshopSchema';
import { fingerprintOf, sha256, SOME_STROKES } from './domainBuilders';

const FILE = fileURLToPath(new URL(`../fixtures/schema-v${CURRENT_SCHEMA_VERSION}.accord.json`, import.meta.url));

function run(w: Workshop, command: Command, localTime: string, id = 'x'): Workshop {
  const now = new Date(Date.parse(localTime)).toISOString();
  const result = applyCommand(w, command, { now, newId: () => id, hash: sha256, localTime, timeZone: 'Europe/Berlin' });
  if (!result.ok) throw new Error(`${command.type}: ${result.rejection.message}`);
  return result.workshop;
}

export function scheduledFixture(): Workshop {
  const opened = parseWorkshopText(readFileSync(new URL(`../fixtures/schema-v${CURRENT_SCHEMA_VERSION - 1}.accord.json`, import.meta.url), 'utf8'));
  if (opened.kind !== 'ok') throw new Error(`the version ${CURRENT_SCHEMA_VERSION - 1} fixture no longer opens`);
  let w = opened.workshop;
  w = run(w, {
    type: 'updateItem',
    collection: 'meetings',
    id: 'm1',
    patch: { schedule: { frequency: 'weekly', everyWeeks: 2, weekOfMonth: null, weekday: 'monday', startTime: '09:30', durationMinutes: 45, timeZone: 'Europe/Berlin', firstDate: '2026-12-07' } },
  }, '2026-11-22T16:20:00+01:00');
  w = run(w, {
    type: 'updateItem',
    collection: 'meetings',
    id: 'm2',
    patch: { schedule: { frequency: 'quarterly', everyWeeks: 1, weekOfMonth: 'first', weekday: 'thursday', startTime: '13:00', durationMinutes: 240, timeZone: 'America/New_York', firstDate: '' } },
  }, '2026-11-22T16:21:00+01:00');
  // The sample's open points, accepted again for the new version as the room did for the first.
  w = run(w, { type: 'acceptWarnings', keys: openSignoffWarnings(w).map((warning) => warning.key) }, '2026-11-22T16:22:00+01:00');
  const signers: [string, string, string][] = [
    ['p1', 'Marguerite Fontaine', '2026-11-22T16:25:00+01:00'],
    ['p5', 'Priya Raghunathan', '2026-11-22T16:26:30+01:00'],
  ];
  for (const [index, [participantId, typedName, localTime]] of signers.entries()) {
    w = run(w, { type: 'sign', participantId, typedName, strokes: SOME_STROKES, fingerprint: fingerprintOf(w) }, localTime, `sig-v2-${index + 1}`);
  }
  return w;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(FILE, `${JSON.stringify(scheduledFixture(), null, 2)}\n`);
  console.log(`Wrote ${FILE}`);
}
