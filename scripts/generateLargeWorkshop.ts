/**
 * Writes the benchmark's large workshop (about 5 MB: 20 stages, 1,000 activities, 2,000
 * sticky notes, 40 participants) so it never has to be committed.
 * Usage: npm run large-workshop -- [output path]   (default: .large/large.accord.json)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildLargeWorkshop } from '../test/helpers/buildLargeWorkshop';

const target = resolve(process.argv[2] ?? '.large/large.accord.json');
mkdirSync(dirname(target), { recursive: true });
const text = JSON.stringify(buildLargeWorkshop(), null, 2);
writeFileSync(target, text);
console.log(`Wrote ${target} (${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB)`);
