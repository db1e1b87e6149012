import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../src/app/phases/signoff/encodeBase64';

describe('encodeBase64', () => {
  it('matches Node’s encoding for lengths around the slice boundaries', () => {
    for (const length of [0, 1, 2, 3, 4, 24_575, 24_576, 24_577, 49_153]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) % 256);
      expect(encodeBase64(bytes), `${length} bytes`).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('encodes a multi-megabyte file without overflowing the call stack, and decodes it back', () => {
    // Three megabytes overflow a single spread many times over; filled by a plain loop, because
    // Uint8Array.from with a mapping function takes seconds on a busy machine.
    const bytes = new Uint8Array(3 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 251;
    const text = encodeBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(decodeBase64(text.slice(0, 4096))).toEqual(bytes.subarray(0, 3072));
  });
});
