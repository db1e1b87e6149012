/**
 * Writes one of the benchmark's large workshops so it never has to be committed: about 5 MB
 * (20 stages, 1,000 activities, 2,000 sticky notes, 40 participants) or about 20 MB (4,000
 * activities, 8,000 notes).
 * Usage: npm run large-workshop -- [--size 5mb|20mb] [output path]   (default: .large/large-<size>.accord.json)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildLargeWorkshop, LARGE_WORKSHOP_SIZES, type LargeWorkshopSize } from '../test/helpers/buildLargeWorkshop';

const { values, positionals } = parseArgs({ options: { size: { type: 'string', default: '5mb' } }, allowPositionals: true });
const size = values.size as LargeWorkshopSize;
if (!(size in LARGE_WORKSHOP_SIZES)) throw new Error(`--size must be one of ${Object.keys(LARGE_WORKSHOP_SIZES).join(', ')} (got ${values.size}).`);
const target = resolve(positionals[0] ?? `.large/large-${size}.accord.json`);
mkdirSync(dirname(target), { recursive: true });
const text = JSON.stringify(buildLargeWorkshop(LARGE_WORKSHOP_SIZES[size]), null, 2);
writeFileSync(target, text);
console.log(`Wrote ${target} (${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB)`);
