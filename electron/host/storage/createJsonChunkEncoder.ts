/**
 * Encodes a document as compact JSON bytes (exactly JSON.stringify's output) in chunks, and
 * remembers the bytes of every frozen list item. Workshops are immutable immer trees, so after
 * one edit only the changed items are encoded again; the rest is handed to one vectored write
 * as it is. This keeps an autosave of a 5 MB workshop close to the cost of writing its bytes.
 * Unfrozen objects are never cached, because they could change behind the cache's back.
 */

/** How deep the encoder walks before an object is encoded (and cached) as one piece. */
const WALK_DEPTH = 2;

export function createJsonChunkEncoder(): (value: unknown) => Uint8Array[] {
  const cache = new WeakMap<object, Uint8Array>();

  const whole = (value: object): Uint8Array => {
    const cached = cache.get(value);
    if (cached) return cached;
    const bytes = Buffer.from(JSON.stringify(value));
    if (Object.isFrozen(value)) cache.set(value, bytes);
    return bytes;
  };

  return (value) => {
    const chunks: Uint8Array[] = [];
    let glue = '';
    const flushGlue = () => {
      if (glue) chunks.push(Buffer.from(glue));
      glue = '';
    };
    const walk = (item: unknown, depth: number, inArray: boolean) => {
      if (item === undefined || typeof item === 'function') {
        glue += inArray ? 'null' : '';
        return;
      }
      if (item === null || typeof item !== 'object') {
        glue += JSON.stringify(item);
        return;
      }
      if (depth >= WALK_DEPTH) {
        flushGlue();
        chunks.push(whole(item));
        return;
      }
      if (Array.isArray(item)) {
        glue += '[';
        item.forEach((element, index) => {
          if (index > 0) glue += ',';
          walk(element, depth + 1, true);
        });
        glue += ']';
        return;
      }
      glue += '{';
      let first = true;
      for (const [key, field] of Object.entries(item)) {
        if (field === undefined || typeof field === 'function') continue;
        glue += `${first ? '' : ','}${JSON.stringify(key)}:`;
        first = false;
        walk(field, depth + 1, false);
      }
      glue += '}';
    };
    walk(value, 0, false);
    flushGlue();
    return chunks;
  };
}
