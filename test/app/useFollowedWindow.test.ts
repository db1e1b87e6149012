import { describe, expect, it } from 'vitest';
import { changedItemId, followedWindow } from '../../src/app/projector/phases/useFollowedWindow';

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `i${i}`, text: `item ${i}` }));
const ids = (w: { shown: readonly { id: string }[] }) => w.shown.map((i) => i.id);

describe('changedItemId', () => {
  it('names the one item added or edited, and none when nothing or everything changed', () => {
    const list = items(5);
    expect(changedItemId(list, [...list, { id: 'new', text: '' }])).toBe('new');
    expect(changedItemId(list, list.map((i) => (i.id === 'i3' ? { ...i, text: 'changed' } : i)))).toBe('i3');
    expect(changedItemId(list, list)).toBeNull();
    expect(changedItemId(list, structuredClone(list))).toBeNull();
  });
});

describe('followedWindow', () => {
  it('shows the first items while the followed one is among them, otherwise a run that ends with it', () => {
    const list = items(6);
    expect(ids(followedWindow(list, null, 2))).toEqual(['i0', 'i1']);
    expect(ids(followedWindow(list, 'i1', 2))).toEqual(['i0', 'i1']);
    expect(followedWindow(list, 'i4', 2)).toEqual({ start: 3, shown: [list[3], list[4]] });
    expect(ids(followedWindow(list, 'gone', 2))).toEqual(['i0', 'i1']);
  });
});
