/**
 * Verifying a file built to exhaust the verifier: a real sealed charter with an update appended
 * whose object stream unpacks to 300 MB from 300 KB, one whose cross-reference stream declares
 * a hundred million entries in one byte, and object streams packed in ways Accord's charters
 * never are. Each is answered "altered" with a plain reason, promptly and without the memory
 * the file asks for (each is verified in a process of its own, whose peak memory is compared
 * with verifying the untouched charter). A file saved again with real object streams still
 * verifies as content intact.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCharterVerifier } from '../../../electron/host/charter/verifyCharterPdf';
import type { CharterVerdict } from '../../../src/shared/accordApi';
import { pdfTool } from '../../helpers/charterPrinting';
import { bundleChild, spawnChild, type BundledChild } from '../../helpers/childProcess';
import { appendPdfUpdate, deflatedZeros } from './appendPdfUpdate';

const FIXTURE = new URL('../../fixtures/sealed-charter-v1.pdf', import.meta.url);
const MB = 1024 * 1024;

interface ChildVerdict {
  verdict: CharterVerdict;
  reason: string;
  ms: number;
  peakRssMb: number;
}

let work: string;
let child: BundledChild;
let sealed: Uint8Array;
let baseline: ChildVerdict;

/** Verifies `bytes` in a fresh process: its verdict, time and peak memory. */
async function verifyInChild(name: string, bytes: Uint8Array): Promise<ChildVerdict> {
  const file = join(work, name);
  await writeFile(file, bytes);
  const running = spawnChild(child.script, [file]);
  try {
    return JSON.parse(await running.nextLine()) as ChildVerdict;
  } finally {
    await running.kill();
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'accord-hostile-'));
  child = await bundleChild(fileURLToPath(new URL('./verifyChild.ts', import.meta.url)));
  sealed = new Uint8Array(await readFile(FIXTURE));
  baseline = await verifyInChild('untouched.pdf', sealed);
  expect(baseline.verdict).toBe('unchanged');
});
afterAll(async () => {
  await child?.dispose();
  await rm(work, { recursive: true, force: true });
});

/** What verifying the hostile file cost beyond verifying the untouched charter, logged for the record. */
function expectBounded(name: string, answer: ChildVerdict): void {
  console.info(`${name}: ${answer.verdict} in ${answer.ms.toFixed(0)} ms, peak memory ${answer.peakRssMb.toFixed(0)} MB (the untouched charter: ${baseline.ms.toFixed(0)} ms, ${baseline.peakRssMb.toFixed(0)} MB)`);
  // What the file asks for is 300 MB or more; what the bound allows is one 16 MB stream at a time.
  expect(answer.peakRssMb - baseline.peakRssMb).toBeLessThan(100);
}

describe('verifying files built to exhaust the verifier', () => {
  it('refuses an object stream that unpacks to 300 MB, without unpacking it', { timeout: 60_000 }, async () => {
    const payload = deflatedZeros(300 * MB);
    expect(payload.byteLength).toBeLessThan(400 * 1024);
    const bomb = appendPdfUpdate(sealed, [{ dict: '/Type /ObjStm /N 1 /First 0 /Filter /FlateDecode', stream: payload }]);
    const answer = await verifyInChild('objstm-bomb.pdf', bomb);
    expect(answer.verdict).toBe('altered');
    expect(answer.reason).toMatch(/^The file holds more compressed data than a charter can: its packed objects unpack to more than 64 MB/);
    expectBounded('300 MB object stream', answer);
  });

  it('refuses a cross-reference stream that declares a hundred million entries in one byte', { timeout: 60_000 }, async () => {
    const bomb = appendPdfUpdate(sealed, [{ dict: '/Type /XRef /Size 100000000 /W [1 0 0]', stream: new Uint8Array([1]) }]);
    const answer = await verifyInChild('xref-bomb.pdf', bomb);
    expect(answer).toMatchObject({ verdict: 'altered', reason: 'Its cross-reference stream declares more entries than it holds, so Accord stopped reading it.' });
    expectBounded('100,000,000-entry cross-reference stream', answer);
  });

  it('refuses object streams packed with a compression Accord’s charters never use, or packed twice', async () => {
    const verify = createCharterVerifier();
    const lzw = appendPdfUpdate(sealed, [{ dict: '/Type /ObjStm /N 1 /First 0 /Filter /LZWDecode', stream: new Uint8Array(64).fill(0x80) }]);
    expect(await verify(lzw)).toMatchObject({ verdict: 'altered', reason: expect.stringMatching(/compression Accord’s charters never use \(\/LZWDecode\)/) });
    const twice = appendPdfUpdate(sealed, [{ dict: '/Type /ObjStm /N 1 /First 0 /Filter [/FlateDecode /FlateDecode]', stream: deflatedZeros(1024) }]);
    expect(await verify(twice)).toMatchObject({ verdict: 'altered', reason: expect.stringMatching(/\(\/FlateDecode \/FlateDecode\)/) });
  });

  it('counts every object stream of a file against one budget', async () => {
    // Five streams of 15 MB each: every one under the limit for a stream, 75 MB together.
    const streams = Array.from({ length: 5 }, () => ({ dict: '/Type /ObjStm /N 1 /First 0 /Filter /FlateDecode', stream: deflatedZeros(15 * MB) }));
    expect(await createCharterVerifier()(appendPdfUpdate(sealed, streams))).toMatchObject({ verdict: 'altered', reason: expect.stringMatching(/^The file holds more compressed data than a charter can/) });
    // Four of them, 60 MB, are unpacked and read: the file is then only changed after its seal.
    expect((await createCharterVerifier()(appendPdfUpdate(sealed, streams.slice(0, 4)))).verdict).toBe('contentIntact');
  });

  it('refuses a file that packs more objects than a charter holds', async () => {
    const many = appendPdfUpdate(sealed, [{ dict: '/Type /ObjStm /N 600000 /First 0 /Filter /FlateDecode', stream: deflatedZeros(1024) }]);
    expect(await createCharterVerifier()(many)).toMatchObject({ verdict: 'altered', reason: 'The file holds more objects than a charter can (over 500,000), so Accord stopped reading it.' });
  });

  it('still reads real object streams: the charter saved again by qpdf with them is content intact', async () => {
    const source = join(work, 'sealed.pdf');
    const packed = join(work, 'packed.pdf');
    await writeFile(source, sealed);
    expect((await pdfTool('qpdf', ['--object-streams=generate', source, packed])).code).toBe(0);
    const bytes = new Uint8Array(await readFile(packed));
    expect(Buffer.from(bytes).includes('/ObjStm')).toBe(true);
    expect((await createCharterVerifier()(bytes)).verdict).toBe('contentIntact');
  });
});
