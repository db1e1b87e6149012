/**
 * Base64 of a file's bytes, a slice at a time: spreading a multi-megabyte array into one
 * String.fromCharCode call overflows the call stack. Slices are a multiple of 3 bytes, so
 * their encodings join without padding in between.
 */
const SLICE_BYTES = 3 * 8192;

export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += SLICE_BYTES) {
    const slice = bytes.subarray(start, start + SLICE_BYTES);
    let binary = '';
    for (let i = 0; i < slice.length; i += 4096) binary += String.fromCharCode(...slice.subarray(i, i + 4096));
    parts.push(btoa(binary));
  }
  return parts.join('');
}

/** The bytes of base64 text, e.g. a PDF the host returned, for a Blob. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
