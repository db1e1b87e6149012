import { freeze, produce } from 'immer';
import { describe, expect, it, vi } from 'vitest';
import { createJsonChunkEncoder } from '../../../electron/host/storage/createJsonChunkEncoder';
import { buildLargeWorkshop } from '../../helpers/buildLargeWorkshop';

const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString('utf8');

describe('createJsonChunkEncoder', () => {
  it('writes exactly what JSON.stringify writes, for awkward values too', () => {
    const encode = createJsonChunkEncoder();
    const awkward = { a: 'quote " and \\ and \n and \u2028 and 渡辺', b: [1, -0, 1.5e-7, null, undefined, true, { x: [undefined] }], c: undefined, d: { '': 0, 'k"y': [] }, e: [] };
    expect(text(encode(awkward))).toBe(JSON.stringify(awkward));
    expect(text(encode(freeze(structuredClone(awkward), true)))).toBe(JSON.stringify(awkward));
    expect(text(encode([]))).toBe('[]');
    expect(text(encode('plain'))).toBe('"plain"');
  });

  it('stays exact across immer edits of a frozen workshop, reusing unchanged items', () => {
    const encode = createJsonChunkEncoder();
    const base = freeze(buildLargeWorkshop({ activities: 50, notes: 20 }), true);
    const first = encode(base);
    expect(text(first)).toBe(JSON.stringify(base));
    const edited = produce(base, (draft) => {
      draft.activities[7]!.name = 'Renamed activity';
      draft.setup.venue = 'Room Atlas';
    });
    const second = encode(edited);
    expect(text(second)).toBe(JSON.stringify(edited));
    expect(second.filter((chunk) => first.includes(chunk)).length).toBeGreaterThan(60);
    expect(text(encode(base))).toBe(JSON.stringify(base));
  });

  it('does not walk again a frozen list or object that an edit left untouched', () => {
    const encode = createJsonChunkEncoder();
    let reads = 0;
    const untouched = Object.freeze({
      get title() {
        reads++;
        return 'Kept';
      },
    });
    const before = Object.freeze({ untouched, list: Object.freeze([Object.freeze({ n: 1 })]) });
    expect(text(encode(before))).toBe(JSON.stringify(before));
    reads = 0;
    const after = Object.freeze({ ...before, list: Object.freeze([Object.freeze({ n: 2 })]) });
    expect(text(encode(after))).toBe('{"untouched":{"title":"Kept"},"list":[{"n":2}]}');
    expect(reads).toBe(0);
  });

  it('never trusts the cache for objects that can still change', () => {
    const encode = createJsonChunkEncoder();
    const mutable = { list: [{ title: 'Before' }] };
    encode(mutable);
    mutable.list[0]!.title = 'After';
    expect(text(encode(mutable))).toBe('{"list":[{"title":"After"}]}');
  });
});

describe('createJsonChunkEncoder warm', () => {
  it('fills the cache in the background, so that the next encode stringifies only what changed', async () => {
    const encode = createJsonChunkEncoder();
    const base = freeze(buildLargeWorkshop({ activities: 50, notes: 20 }), true);
    await encode.warm(base);
    const edited = produce(base, (draft) => {
      draft.activities[7]!.name = 'Renamed activity';
    });
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      const chunks = encode(edited);
      const wholeObjects = stringify.mock.calls.filter(([value]) => typeof value === 'object' && value !== null);
      expect(wholeObjects.map(([value]) => value)).toEqual([edited.activities[7]]);
      stringify.mockRestore();
      expect(text(chunks)).toBe(JSON.stringify(edited));
    } finally {
      stringify.mockRestore();
    }
  });

  it('also remembers the lists holding those pieces, so the first save after opening walks only the edited list', async () => {
    const encode = createJsonChunkEncoder();
    let reads = 0;
    const untouched = Object.freeze({
      get title() {
        reads++;
        return 'Kept';
      },
    });
    const opened = Object.freeze({ untouched, list: Object.freeze([Object.freeze({ n: 1 })]) });
    await encode.warm(opened);
    reads = 0;
    const edited = Object.freeze({ ...opened, list: Object.freeze([Object.freeze({ n: 2 })]) });
    expect(text(encode(edited))).toBe('{"untouched":{"title":"Kept"},"list":[{"n":2}]}');
    expect(reads).toBe(0);
  });

  it('leaves what can still change alone', async () => {
    const encode = createJsonChunkEncoder();
    const mutable = { list: [{ title: 'Before' }] };
    await encode.warm(mutable);
    mutable.list[0]!.title = 'After';
    expect(text(encode(mutable))).toBe('{"list":[{"title":"After"}]}');
  });
});
