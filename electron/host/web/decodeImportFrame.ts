/** Unpacks a binary import frame (see WebImportHeader); null when it is not one. */
import { WEB_ENVELOPE_ALLOWANCE_BYTES } from '../../../src/shared/webProtocol';

export function decodeImportFrame(frame: Buffer): { header: unknown; body: Buffer } | null {
  if (frame.length < 4) return null;
  const length = frame.readUInt32BE(0);
  if (length > WEB_ENVELOPE_ALLOWANCE_BYTES || 4 + length > frame.length) return null;
  try {
    const header: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(frame.subarray(4, 4 + length)));
    return { header, body: frame.subarray(4 + length) };
  } catch {
    return null;
  }
}
