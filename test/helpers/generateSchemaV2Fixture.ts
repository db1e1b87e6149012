/**
 * Writes test/fixtures/schema-v2.accord.json: the sample workshop as schema version 2 holds it,
 * signed by its sponsor and one more participant, with real SHA-256 hashes. Run
 * `npx tsx test/helpers/generateSchemaV2Fixture.ts` only when creating it; once committed, the
 * file stays as it is, because it stands for what Accord at version 2 wrote.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { applyCommand } from '../../src/domain/applyCommand';
import type { Command } from '../../src/domain/commands';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import type { Workshop } from '../../src/domain/workshopSchema';
import { fingerprintOf, sha256, SOME_STROKES } from './domainBuilders';

const FILE = fileURLToPath(new URL('../fixtures/schema-v2.accord.json', import.meta.url));

export function signedSampleV2(): Workshop {
  let w = createSampleWorkshop('2026-11-22T09:00:00.000Z');
  const signers: [string, string, string][] = [
    ['p1', 'Marguerite Fontaine', '2026-11-22T16:05:00+01:00'],
    ['p5', 'Priya Raghunathan', '2026-11-22T16:07:30+01:00'],
  ];
  for (const [index, [participantId, typedName, localTime]] of signers.entries()) {
    const command: Command = { type: 'sign', participantId, typedName, strokes: SOME_STROKES, fingerprint: fingerprintOf(w) };
    const now = new Date(Date.parse(localTime)).toISOString();
    const result = applyCommand(w, command, { now, newId: () => `sig-${index + 1}`, hash: sha256, localTime, timeZone: 'Europe/Berlin' });
    if (!result.ok) throw new Error(`${participantId} could not sign: ${result.rejection.message}`);
    w = result.workshop;
  }
  return w;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(FILE, `${JSON.stringify(signedSampleV2(), null, 2)}\n`);
  console.log(`Wrote ${FILE}`);
}
