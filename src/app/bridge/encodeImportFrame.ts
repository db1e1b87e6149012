/** Packs an import into one binary frame (see WebImportHeader) whose size is the file's size plus a short header. */
import type { WebImportHeader } from '../../shared/webProtocol';

export function encodeImportFrame(header: WebImportHeader, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const head = new TextEncoder().encode(JSON.stringify(header));
  const frame = new Uint8Array(4 + head.length + body.length);
  new DataView(frame.buffer).setUint32(0, head.length);
  frame.set(head, 4);
  frame.set(body, 4 + head.length);
  return frame;
}
