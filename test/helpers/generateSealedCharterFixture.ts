/**
 * Writes test/fixtures/sealed-charter-v1.pdf: the signed sample workshop's charter
 * (schema-v3.accord.json) printed by Chromium with the stand-in print page and sealed by this
 * Accord at a fixed time. Run `npx tsx test/helpers/generateSealedCharterFixture.ts` only when
 * creating it; once committed, the file stands for what Accord's seal format 1 wrote, and must
 * verify as unchanged for as long as Accord reads that format.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createChromiumCharterPrinter } from '../../electron/host/charter/createChromiumCharterPrinter';
import { fingerprintCharter } from '../../electron/host/charter/fingerprintCharter';
import { sealCharterPdf } from '../../electron/host/charter/sealCharterPdf';
import { currentCharterRecord } from '../../src/domain/charterRecord';
import { parseWorkshopText } from '../../src/domain/parseWorkshop';

const SOURCE = fileURLToPath(new URL('../fixtures/schema-v3.accord.json', import.meta.url));
const FILE = fileURLToPath(new URL('../fixtures/sealed-charter-v1.pdf', import.meta.url));
const STAND_IN = fileURLToPath(new URL('../fixtures/charter-print-stand-in', import.meta.url));

const outcome = parseWorkshopText(await readFile(SOURCE, 'utf8'));
if (outcome.kind !== 'ok') throw new Error('schema-v3.accord.json no longer opens');
const record = currentCharterRecord(outcome.workshop, fingerprintCharter(outcome.workshop), 'a4');
const printer = createChromiumCharterPrinter({ rendererDir: STAND_IN });
try {
  const sealed = await sealCharterPdf(await printer(record), record, { sealedAt: '2026-12-02T12:00:00Z', creator: 'Accord 0.1.0' });
  await writeFile(FILE, sealed);
  console.log(`Wrote ${FILE} (${sealed.byteLength} bytes, fingerprint ${record.fingerprint})`);
} finally {
  await printer.close();
}
