/**
 * Encodes a document as compact JSON bytes (exactly JSON.stringify's output) in chunks, and
 * remembers the bytes of every frozen list item. Workshops are immutable immer trees, so after
 * one edit only the changed items are encoded again; the rest is handed to one vectored write
 * as it is. This keeps an autosave of a 5 MB workshop close to the cost of writing its bytes.
 * The chunk list of every frozen list or object above the items is remembered too, so a list
 * the edit did not touch (say the 2,000 notes when an activity was renamed) is not even walked.
 * Unfrozen objects are never cached, because they could change behind the cache's back.
 * `warm` fills the caches for a frozen document in the background (slices of a few
 * milliseconds), so that the first save after opening is as cheap as the later ones.
 */

/** How deep the encoder walks before an object is encoded (and cached) as one piece. */
const WALK_DEPTH = 2;

/** Longest stretch of background encoding before the event loop gets a turn, in ms. */
const SLICE_MS = 5;

/** The separator between list items, shared rather than allocated thousands of times per save. */
const COMMA = Buffer.from(',');

export interface JsonChunkEncoder {
  (value: unknown): Uint8Array[];
  /** Encodes and caches the frozen pieces of `value` a few milliseconds at a time; resolves when done. */
  warm(value: unknown): Promise<void>;
}

export function createJsonChunkEncoder(): JsonChunkEncoder {
  /** The bytes of each frozen object at WALK_DEPTH. */
  const cache = new WeakMap<object, Uint8Array>();
  /** The chunks of each frozen list or object between the root and WALK_DEPTH. */
  const chunkLists = new WeakMap<object, readonly Uint8Array[]>();

  const whole = (value: object): Uint8Array => {
    const cached = cache.get(value);
    if (cached) return cached;
    const bytes = Buffer.from(JSON.stringify(value));
    if (Object.isFrozen(value)) cache.set(value, bytes);
    return bytes;
  };

  /** Appends the chunks of `value`, found `depth` levels below the document's root, to `chunks`. */
  const encodeInto = (chunks: Uint8Array[], value: unknown, depth: number): void => {
    let glue = '';
    const flushGlue = () => {
      if (glue) chunks.push(glue === ',' ? COMMA : Buffer.from(glue));
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
      // The root is new after every edit; below it, an untouched frozen container keeps its chunks.
      const remembered = depth > 0 && Object.isFrozen(item);
      if (remembered) {
        flushGlue();
        const known = chunkLists.get(item);
        if (known) {
          for (const chunk of known) chunks.push(chunk);
          return;
        }
      }
      const start = chunks.length;
      if (Array.isArray(item)) {
        glue += '[';
        item.forEach((element, index) => {
          if (index > 0) glue += ',';
          walk(element, depth + 1, true);
        });
        glue += ']';
      } else {
        glue += '{';
        let first = true;
        for (const [key, field] of Object.entries(item)) {
          if (field === undefined || typeof field === 'function') continue;
          glue += `${first ? '' : ','}${JSON.stringify(key)}:`;
          first = false;
          walk(field, depth + 1, false);
        }
        glue += '}';
      }
      if (remembered) {
        flushGlue();
        chunkLists.set(item, chunks.slice(start));
      }
    };
    walk(value, depth, false);
    flushGlue();
  };

  const encode = (value: unknown): Uint8Array[] => {
    const chunks: Uint8Array[] = [];
    encodeInto(chunks, value, 0);
    return chunks;
  };

  const warm = async (value: unknown): Promise<void> => {
    const pieces: object[] = [];
    piecesOf(value, 0, pieces);
    let sliceStart = performance.now();
    const yieldWhenDue = async () => {
      if (performance.now() - sliceStart < SLICE_MS) return;
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    };
    for (const piece of pieces) {
      if (Object.isFrozen(piece)) whole(piece);
      await yieldWhenDue();
    }
    // Then the chunk lists of the lists and objects holding those pieces (all cached by now, so each is quick).
    if (value === null || typeof value !== 'object') return;
    for (const field of Array.isArray(value) ? value : Object.values(value)) {
      if (field !== null && typeof field === 'object' && Object.isFrozen(field)) encodeInto([], field, 1);
      await yieldWhenDue();
    }
  };

  return Object.assign(encode, { warm });
}

/** The objects the encoder encodes (and caches) whole: those at WALK_DEPTH, as `walk` reaches them. */
function piecesOf(value: unknown, depth: number, out: object[]): void {
  if (value === null || typeof value !== 'object') return;
  if (depth >= WALK_DEPTH) {
    out.push(value);
    return;
  }
  for (const field of Array.isArray(value) ? value : Object.values(value)) piecesOf(field, depth + 1, out);
}
