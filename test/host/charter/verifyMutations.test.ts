/**
 * Any change to an exported charter file is noticed: seeded mutations of a sealed charter (byte
 * flips anywhere and in the seal, truncations, appended bytes, edited embedded JSON, removed,
 * swapped and added attachments, edited metadata, extra incremental updates, files saved again)
 * are never reported as unchanged, and the verifier answers every one without throwing.
 *
 * 1,000 of them mutate the committed sealed charter (test/fixtures/sealed-charter-v1.pdf): the
 * same file and seed make the same mutations on every run, Chromium or not. 100 more mutate a
 * charter exported in the test with Chromium and the print page (the stand-in until the
 * renderer has its own), whose bytes differ by their print and seal times; a failure there keeps
 * the file and the failing mutants in a temporary folder and names it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, type PDFRef } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccordHost } from '../../../electron/host/accordHost';
import type { AccordHost } from '../../../electron/host/accordHost.types';
import { CONTENT_FILE, MANIFEST_FILE, SIGNOFF_FILE } from '../../../electron/host/charter/charterSeal';
import { createChromiumCharterPrinter } from '../../../electron/host/charter/createChromiumCharterPrinter';
import { sha256Hex } from '../../../electron/host/charter/fingerprintCharter';
import { createCharterVerifier } from '../../../electron/host/charter/verifyCharterPdf';
import { SAMPLE_WORKSHOP_ID } from '../../../src/domain/sampleWorkshop';
import type { CharterExportResult, CharterFingerprintResult, CharterVerdict, SessionSnapshot } from '../../../src/shared/accordApi';
import { chromiumMissing, printRendererDir } from '../../helpers/charterPrinting';
import { acceptAllCommand, SOME_STROKES } from '../../helpers/domainBuilders';
import { seededRandom, type Random } from '../../helpers/seededRandom';

const SEED = 20261202;
const FIXTURE = new URL('../../fixtures/sealed-charter-v1.pdf', import.meta.url);
const renderer = printRendererDir();

/** A mutation: how it was made (for the failure message) and the bytes. */
interface Mutant {
  label: string;
  bytes: Uint8Array;
}

describe('verifying mutated charters', () => {
  it('reports none of 1,000 seeded mutations of the committed sealed charter as unchanged, and throws on none', { timeout: 300_000 }, async () => {
    const sealed = new Uint8Array(await readFile(FIXTURE));
    expect((await createCharterVerifier()(sealed)).verdict).toBe('unchanged'); // the mutations start from a file that verifies
    const outcome = await mutateAndVerify(sealed, 1_000, SEED);
    expect(outcome.count).toBeGreaterThanOrEqual(1_000);
    expect(outcome.wrong).toEqual([]);
    // Both other verdicts occur: byte-level damage to the pages keeps the charter data readable.
    expect(outcome.verdicts.contentIntact).toBeGreaterThan(0);
    expect(outcome.verdicts.altered).toBeGreaterThan(0);
  });

  describe.skipIf(chromiumMissing !== null)(`of a charter exported now (${chromiumMissing ?? renderer.which})`, () => {
    let dataDir: string;
    let host: AccordHost;
    let sealed: Uint8Array;

    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'accord-mutations-'));
      host = await createAccordHost({ dataDir, printCharter: createChromiumCharterPrinter({ rendererDir: renderer.dir }) });
      const { workshop } = (await host.call('getSession', [])) as SessionSnapshot;
      await host.call('dispatch', [acceptAllCommand(workshop)]);
      for (const participant of workshop.participants.slice(0, 2)) {
        const current = (await host.call('getCharterFingerprint', [])) as CharterFingerprintResult;
        if (!current.ok) throw new Error(current.message);
        await host.call('dispatch', [{ type: 'sign', participantId: participant.id, typedName: participant.name, strokes: SOME_STROKES, fingerprint: current.fingerprint }]);
      }
      const exported = (await host.call('exportCharter', [{ workshopId: SAMPLE_WORKSHOP_ID, version: null, paperSize: 'a4' }])) as CharterExportResult;
      if (!exported.ok) throw new Error(exported.message);
      sealed = new Uint8Array(Buffer.from(exported.pdfBase64!, 'base64'));
    });

    afterAll(async () => {
      await host?.close();
      await rm(dataDir, { recursive: true, force: true });
    });

    it('reports none of 100 seeded mutations as unchanged, and throws on none', { timeout: 180_000 }, async () => {
      expect((await createCharterVerifier()(sealed)).verdict).toBe('unchanged');
      const outcome = await mutateAndVerify(sealed, 100, SEED + 1);
      if (outcome.wrong.length > 0) {
        const kept = await mkdtemp(join(tmpdir(), 'accord-mutation-failure-'));
        await writeFile(join(kept, 'sealed.pdf'), sealed);
        for (const [index, mutant] of outcome.wrongMutants.entries()) await writeFile(join(kept, `mutant-${index}.pdf`), mutant.bytes);
        expect(outcome.wrong, `the sealed file and the mutants reported unchanged are in ${kept}`).toEqual([]);
      }
    });
  });
});

/** Makes `count` mutations of `sealed` from `seed` and verifies each with one verifier, as the host keeps one. */
async function mutateAndVerify(sealed: Uint8Array, count: number, seed: number) {
  const random = seededRandom(seed);
  const printedLength = (JSON.parse(new TextDecoder().decode(await attachment(sealed, MANIFEST_FILE))) as { printed: { bytes: number } }).printed.bytes;
  const share = (fraction: number) => Math.round(count * fraction);
  const started = performance.now();
  const mutants: Mutant[] = [];
  const add = (n: number, make: (random: Random) => Mutant) => {
    for (let i = 0; i < n; i++) mutants.push(make(random));
  };
  add(share(1 / 3), (r) => flip(sealed, r.int(sealed.byteLength), r));
  add(share(0.2), (r) => flip(sealed, printedLength + r.int(sealed.byteLength - printedLength), r)); // inside the seal
  add(share(0.08), (r) => ({ label: 'truncated', bytes: sealed.slice(0, r.int(sealed.byteLength)) }));
  add(share(0.02), (r) => ({ label: 'truncated in the last bytes', bytes: sealed.slice(0, sealed.byteLength - 1 - r.int(40)) }));
  add(share(0.08), (r) => appended(sealed, r));
  for (let i = 0; mutants.length < count; i++) mutants.push(await structural(sealed, random, i));
  const made = performance.now();

  const verify = createCharterVerifier();
  const verdicts: Record<CharterVerdict, number> = { unchanged: 0, contentIntact: 0, altered: 0 };
  const wrongMutants: Mutant[] = [];
  for (const mutant of mutants) {
    expect(Buffer.from(mutant.bytes).equals(Buffer.from(sealed)), mutant.label).toBe(false);
    const verification = await verify(mutant.bytes); // the verifier never rejects: a throw fails the test here
    verdicts[verification.verdict] += 1;
    if (verification.verdict === 'unchanged') wrongMutants.push(mutant);
    expect(verification.reason.length, mutant.label).toBeGreaterThan(10);
  }
  const done = performance.now();
  console.info(
    `${mutants.length} mutations of a ${(sealed.byteLength / 1024).toFixed(0)} KB charter (seed ${seed}): made in ${((made - started) / 1000).toFixed(1)} s, verified in ${((done - made) / 1000).toFixed(1)} s (${((done - made) / mutants.length).toFixed(1)} ms each); verdicts ${JSON.stringify(verdicts)}`,
  );
  return { count: mutants.length, verdicts, wrong: wrongMutants.map((m) => m.label), wrongMutants };
}

// ---------------------------------------------------------------- byte-level mutations

function flip(bytes: Uint8Array, at: number, random: Random): Mutant {
  const copy = bytes.slice();
  copy[at] = copy[at]! ^ (1 + random.int(255));
  return { label: `byte ${at} flipped`, bytes: copy };
}

function appended(bytes: Uint8Array, random: Random): Mutant {
  const tails = ['\n', ' ', '%%EOF\n', '\n%garbage\n', 'startxref\n0\n%%EOF\n'];
  const tail = random.next() < 0.5 ? new TextEncoder().encode(random.pick(tails)) : Uint8Array.from({ length: 1 + random.int(64) }, () => random.int(256));
  const out = new Uint8Array(bytes.byteLength + tail.byteLength);
  out.set(bytes);
  out.set(tail, bytes.byteLength);
  return { label: `${tail.byteLength} bytes appended`, bytes: out };
}

// ---------------------------------------------------------------- structural mutations, through pdf-lib

const STRUCTURAL = [
  'edit the charter content',
  'edit the charter content and its fingerprint in the manifest',
  'edit a signature',
  'drop the last signature and fix the manifest’s sign-off hash',
  'edit the manifest',
  'remove an attachment',
  'swap two attachments',
  'add an attachment',
  'edit the title',
  'edit the keywords',
  'add a page in an extra update',
  'save the sealed file again, rewritten by pdf-lib',
] as const;

async function structural(bytes: Uint8Array, random: Random, index: number): Promise<Mutant> {
  const kind = STRUCTURAL[index % STRUCTURAL.length]!;
  const incremental = kind === 'save the sealed file again, rewritten by pdf-lib' ? false : random.next() < 0.7;
  const doc = await PDFDocument.load(bytes, { forIncrementalUpdate: incremental, updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const files = attachmentRefs(doc);
  const read = (name: string) => new TextDecoder().decode(inflateSync((doc.context.lookup(files.get(name)!.stream) as PDFRawStream).contents));
  const write = (name: string, text: string) => {
    const { stream } = files.get(name)!;
    const old = doc.context.lookup(stream) as PDFRawStream;
    const data = new TextEncoder().encode(text);
    doc.context.assign(stream, doc.context.flateStream(data, { Type: 'EmbeddedFile', Subtype: 'application/json', Params: { Size: data.byteLength, ModDate: old.dict.lookup(PDFName.of('Params'), PDFDict).get(PDFName.of('ModDate'))! } }));
  };
  const word = () => random.pick(['Renewal', 'Discovery', 'Pilot', 'Ω', 'x', '']);
  switch (kind) {
    case 'edit the charter content': {
      const content = JSON.parse(read(CONTENT_FILE)) as { stages: Array<{ name: string }> };
      content.stages[random.int(content.stages.length)]!.name += ` ${word()}!`;
      write(CONTENT_FILE, JSON.stringify(content));
      break;
    }
    case 'edit the charter content and its fingerprint in the manifest': {
      const text = read(CONTENT_FILE).replace('"cover":{', `"cover":{"a${random.int(1000)}":0,`);
      write(CONTENT_FILE, text);
      const manifest = JSON.parse(read(MANIFEST_FILE)) as Record<string, unknown>;
      write(MANIFEST_FILE, JSON.stringify({ ...manifest, fingerprint: sha256Hex(text) }));
      break;
    }
    case 'edit a signature': {
      const signoff = JSON.parse(read(SIGNOFF_FILE)) as { signatures: Array<{ typedName: string }> };
      signoff.signatures[random.int(signoff.signatures.length)]!.typedName += word() || '.';
      write(SIGNOFF_FILE, JSON.stringify(signoff));
      break;
    }
    case 'drop the last signature and fix the manifest’s sign-off hash': {
      const signoff = JSON.parse(read(SIGNOFF_FILE)) as { signatures: unknown[] };
      const text = JSON.stringify({ ...signoff, signatures: signoff.signatures.slice(0, -1) });
      write(SIGNOFF_FILE, text);
      const manifest = JSON.parse(read(MANIFEST_FILE)) as Record<string, unknown>;
      write(MANIFEST_FILE, JSON.stringify({ ...manifest, signoffSha256: sha256Hex(text) }));
      break;
    }
    case 'edit the manifest': {
      const manifest = JSON.parse(read(MANIFEST_FILE)) as Record<string, unknown>;
      const field = random.pick(['charterVersion', 'latestVersion', 'sealedAt', 'paperSize', 'creator']);
      const edits: Record<string, unknown> = { charterVersion: 2, latestVersion: 3, sealedAt: '2030-01-01T00:00:00Z', paperSize: manifest.paperSize === 'a4' ? 'letter' : 'a4', creator: 'Accord 9.9.9' };
      write(MANIFEST_FILE, JSON.stringify({ ...manifest, [field]: edits[field] }));
      break;
    }
    case 'remove an attachment':
    case 'swap two attachments':
    case 'add an attachment': {
      const tree = embeddedFilesTree(doc);
      const names = tree.lookup(PDFName.of('Names'), PDFArray);
      const pairs = names.asArray();
      if (kind === 'remove an attachment') {
        const at = random.int(pairs.length / 2) * 2;
        tree.set(PDFName.of('Names'), doc.context.obj([...pairs.slice(0, at), ...pairs.slice(at + 2)]));
      } else if (kind === 'swap two attachments') {
        const [a, b] = random.next() < 0.5 ? [0, 2] : [2, 4];
        const swapped = [...pairs];
        [swapped[a + 1], swapped[b + 1]] = [pairs[b + 1]!, pairs[a + 1]!];
        tree.set(PDFName.of('Names'), doc.context.obj(swapped));
      } else {
        await doc.attach(new TextEncoder().encode('{"note":"added later"}'), 'notes.json', { mimeType: 'application/json' });
      }
      break;
    }
    case 'edit the title':
      doc.setTitle(`${doc.getTitle() ?? ''}${word() || ' '}`);
      break;
    case 'edit the keywords':
      doc.setKeywords([`${doc.getKeywords() ?? ''} extra`]);
      break;
    case 'add a page in an extra update':
      doc.addPage([595, 842]);
      break;
    case 'save the sealed file again, rewritten by pdf-lib':
      break;
  }
  const saved = await doc.save({ useObjectStreams: random.next() < 0.3, objectsPerTick: Number.POSITIVE_INFINITY });
  return { label: `${kind} (${incremental ? 'incremental update' : 'rewritten'})`, bytes: saved };
}

function embeddedFilesTree(doc: PDFDocument): PDFDict {
  return doc.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict);
}

function attachmentRefs(doc: PDFDocument): Map<string, { stream: PDFRef }> {
  const pairs = embeddedFilesTree(doc).lookup(PDFName.of('Names'), PDFArray);
  const refs = new Map<string, { stream: PDFRef }>();
  for (let i = 0; i < pairs.size(); i += 2) {
    const key = pairs.lookup(i) as PDFString | PDFHexString;
    const spec = pairs.lookup(i + 1, PDFDict);
    refs.set(key.decodeText(), { stream: spec.lookup(PDFName.of('EF'), PDFDict).get(PDFName.of('F')) as PDFRef });
  }
  return refs;
}

async function attachment(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return inflateSync((doc.context.lookup(attachmentRefs(doc).get(name)!.stream) as PDFRawStream).contents);
}
