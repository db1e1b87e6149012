/**
 * Writes the damaged-file corpus in test/fixtures/damaged/: files as a crash, a full disk, a
 * faulty editor or a sync tool might leave them. Run `npx tsx test/helpers/generateDamagedFixtures.ts`
 * after changing the cases; the files are committed so reviewers can open them.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWorkshopText } from '../../src/domain/parseWorkshop';
import { editedSampleText, sampleText } from './storageBuilders';

const FOLDER = fileURLToPath(new URL('../fixtures/damaged/', import.meta.url));

export function damagedCases(): Record<string, string | Buffer> {
  const text = sampleText();
  const bytes = Buffer.from(text, 'utf8');
  return {
    'empty': '',
    'whitespace-only': '  \n\t\r\n   \n',
    'open-brace-only': '{',
    'truncated-halfway': bytes.subarray(0, bytes.length >> 1),
    'truncated-last-byte': bytes.subarray(0, bytes.length - 2),
    'tail-only': bytes.subarray(bytes.length - 200),
    'nul-filled': Buffer.alloc(bytes.length),
    'nul-tail-after-power-cut': Buffer.concat([bytes.subarray(0, Math.floor(bytes.length * 0.6)), Buffer.alloc(bytes.length - Math.floor(bytes.length * 0.6))]),
    'bom-only': '\uFEFF',
    'bom-then-garbage': '\uFEFF\u0000garbage ¿?',
    'utf16le-with-bom': Buffer.from(`\uFEFF${text}`, 'utf16le'),
    'latin1-encoded': Buffer.from(text, 'latin1'),
    'invalid-utf8-in-title': Buffer.concat([
      bytes.subarray(0, text.indexOf('Kestrel sales')),
      Buffer.from([0xc3, 0x28, 0xff]),
      bytes.subarray(text.indexOf('Kestrel sales')),
    ]),
    'json-array': `[${text}]`,
    'json-string': '"Kestrel sales & marketing alignment day"',
    'json-number': '42',
    'json-null': 'null',
    'json-empty-object': '{}',
    'two-documents': text + text,
    'trailing-garbage': `${text}}}garbage`,
    'comment-line': `// saved by Accord\n${text}`,
    'nan-literal': text.replace('"dayLengthMinutes": 480', '"dayLengthMinutes": NaN'),
    'deep-nesting': `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
    'schemaVersion-missing': editedSampleText((d) => delete d.schemaVersion),
    'schemaVersion-string': editedSampleText((d) => (d.schemaVersion = '1')),
    'schemaVersion-zero': editedSampleText((d) => (d.schemaVersion = 0)),
    'schemaVersion-negative': editedSampleText((d) => (d.schemaVersion = -1)),
    'schemaVersion-fraction': editedSampleText((d) => (d.schemaVersion = 1.5)),
    'schemaVersion-null': editedSampleText((d) => (d.schemaVersion = null)),
    'missing-fields': JSON.stringify({ schemaVersion: 1, id: 'sample-kestrel', setup: { title: 'Kestrel' } }),
    'wrong-types': editedSampleText((d) => {
      d.participants = 'nine people';
      d.timer.elapsedSeconds = '0';
    }),
    'unknown-key': editedSampleText((d) => (d.colour = 'blue')),
    'duplicate-ids': editedSampleText((d) => (d.participants[1].id = d.participants[0].id)),
    'dangling-reference': editedSampleText((d) => (d.activities[0].stageId = 'nowhere')),
    'title-over-limit': editedSampleText((d) => (d.setup.title = 'x'.repeat(301))),
    'note-over-limit': editedSampleText((d) => d.notes.push({ id: 'n-huge', phase: 'setup', text: 'y'.repeat(10_001), colour: 'yellow', createdAt: '2026-11-22T09:00:00.000Z' })),
    'proto-key': text.replace('{', '{\n  "__proto__": { "polluted": true },'),
    'constructor-prototype-key': editedSampleText((d) => (d.setup.constructor = { prototype: { polluted: true } })),
    'id-path-traversal': editedSampleText((d) => (d.id = '../../etc/passwd')),
    'timestamp-not-a-date': editedSampleText((d) => (d.updatedAt = 'yesterday')),
    'teams-empty': editedSampleText((d) => (d.teams = [])),
  };
}

async function main(): Promise<void> {
  await mkdir(FOLDER, { recursive: true });
  for (const name of await readdir(FOLDER)) await rm(join(FOLDER, name));
  for (const [name, content] of Object.entries(damagedCases())) {
    const decoded = typeof content === 'string' ? content : new TextDecoder('utf-8', { fatal: false }).decode(content);
    // A case that happens to be a valid workshop would prove nothing about recovery.
    if (parseWorkshopText(decoded).kind !== 'invalid' && !decoded.includes('\uFFFD')) throw new Error(`Damaged case ${name} is not damaged.`);
    await writeFile(join(FOLDER, `${name}.accord.json`), content);
  }
  console.log(`Wrote ${Object.keys(damagedCases()).length} damaged files to ${FOLDER}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
