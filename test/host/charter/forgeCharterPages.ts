/**
 * What a forger with Accord's source can do to a charter it exported: take the printed pages out
 * of the file, change the first page's content stream (a black box over its top lines), and seal
 * the result again with the charter data the file carries, using Accord's own seal code. Every
 * check of the seal passes on such a file; only the library's record of its exports tells.
 */
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef } from '@cantoo/pdf-lib';
import { sealCharterPdf } from '../../../electron/host/charter/sealCharterPdf';
import type { CharterRecord } from '../../../src/domain/charterRecord';

/** `sealed`'s first `printedBytes` bytes, with page 1 changed, sealed again over `embedded` (the charter the file carries). */
export async function forgeCharterPages(sealed: Uint8Array, printedBytes: number, embedded: CharterRecord): Promise<Uint8Array> {
  const doc = await PDFDocument.load(sealed.subarray(0, printedBytes), { updateMetadata: false });
  const contents = doc.getPage(0).node.get(PDFName.of('Contents'));
  const ref = contents instanceof PDFArray ? contents.get(0) : contents;
  if (!(ref instanceof PDFRef)) throw new Error('the first page has no content stream of its own');
  const stream = doc.context.lookup(ref);
  if (!(stream instanceof PDFRawStream)) throw new Error('the first page’s content is not a stream');
  const changed = Buffer.concat([inflateSync(stream.contents), Buffer.from('\nq 0 0 0 rg 40 700 520 100 re f Q\n')]);
  doc.context.assign(ref, doc.context.flateStream(changed));
  const forgedPages = await doc.save({ useObjectStreams: false });
  return sealCharterPdf(forgedPages, embedded, { sealedAt: '2026-12-03T18:00:00Z', creator: 'Accord 0.1.0' });
}
