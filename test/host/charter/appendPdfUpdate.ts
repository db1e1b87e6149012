/**
 * Hostile PDFs for tests, made the way an attacker would: a real file with an incremental update
 * appended (new objects, their cross-reference section and a trailer pointing back at the
 * file's own), so every PDF reader still opens it.
 */
import { deflateSync } from 'node:zlib';

export interface AppendedObject {
  /** The dictionary's entries, e.g. "/Type /ObjStm /N 1 /First 0 /Filter /FlateDecode"; /Length is added for a stream. */
  dict: string;
  /** The stream's bytes, as stored (already compressed); none for a plain dictionary. */
  stream?: Uint8Array;
}

const latin1 = (text: string) => Buffer.from(text, 'latin1');

export function appendPdfUpdate(base: Uint8Array, objects: readonly AppendedObject[]): Uint8Array {
  const tail = Buffer.from(base.subarray(Math.max(0, base.byteLength - 2048))).toString('latin1');
  const size = Number(/\/Size (\d+)(?![\s\S]*\/Size \d)/.exec(tail)?.[1]);
  const root = /\/Root (\d+ \d+ R)(?![\s\S]*\/Root )/.exec(tail)?.[1];
  const previous = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)?.[1]);
  if (!size || !root || !Number.isFinite(previous)) throw new Error('appendPdfUpdate: the base file has no trailer to extend');
  const parts: Buffer[] = [Buffer.from(base), latin1('\n')];
  let offset = base.byteLength + 1;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(offset);
    const head = object.stream
      ? latin1(`${size + index} 0 obj\n<< ${object.dict} /Length ${object.stream.byteLength} >>\nstream\n`)
      : latin1(`${size + index} 0 obj\n<< ${object.dict} >>\nendobj\n`);
    const body = object.stream ? [head, Buffer.from(object.stream), latin1('\nendstream\nendobj\n')] : [head];
    for (const part of body) {
      parts.push(part);
      offset += part.byteLength;
    }
  });
  const xref = [`xref\n${size} ${objects.length}\n`, ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(latin1(`${xref}trailer\n<< /Size ${size + objects.length} /Root ${root} /Prev ${previous} >>\nstartxref\n${offset}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

/** `bytes` zero bytes, deflated (zlib format, as /FlateDecode stores them): about a thousandth of their size. */
export function deflatedZeros(bytes: number): Uint8Array {
  return new Uint8Array(deflateSync(Buffer.alloc(bytes), { level: 9 }));
}
