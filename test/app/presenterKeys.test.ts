import { describe, expect, it } from 'vitest';
import { presenterActionFor, type KeyContext, type PresenterKey } from '../../src/app/keyboard/presenterKeys';

const key = (name: string, init: Partial<PresenterKey> = {}): PresenterKey => ({ key: name, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, repeat: false, defaultPrevented: false, isComposing: false, ...init });
const onPage: KeyContext = { inTextEntry: false, inNavigatingWidget: false, dialogOpen: false, roomIsLive: true };

describe('presenterActionFor', () => {
  it('maps the keys of presentation software and a clicker', () => {
    const cases: [string, string][] = [['b', 'blank'], ['B', 'blank'], ['.', 'blank'], ['f', 'freeze'], ['F', 'freeze'], ['p', 'break'], ['?', 'showKeys'], ['PageDown', 'nextPhase'], ['ArrowRight', 'nextPhase'], ['PageUp', 'previousPhase'], ['ArrowLeft', 'previousPhase']];
    for (const [name, action] of cases) expect(presenterActionFor(key(name), onPage), name).toBe(action);
    for (const name of ['ArrowDown', 'ArrowUp', 'x', 'Enter', ' ']) expect(presenterActionFor(key(name), onPage), name).toBeNull();
  });

  it('leaves Esc to everything else while the room is live, and takes it anywhere (a text field too) when it is not', () => {
    expect(presenterActionFor(key('Escape'), onPage)).toBeNull();
    expect(presenterActionFor(key('Escape'), { ...onPage, roomIsLive: false })).toBe('live');
    expect(presenterActionFor(key('Escape'), { ...onPage, roomIsLive: false, inTextEntry: true })).toBe('live');
  });

  it('never acts while typing, with a modifier, on a held key, once something else handled the key, or under a dialog', () => {
    for (const name of ['b', 'f', 'p', '?', 'PageDown', 'ArrowRight']) expect(presenterActionFor(key(name), { ...onPage, inTextEntry: true }), name).toBeNull();
    for (const modifier of ['ctrlKey', 'metaKey', 'altKey'] as const) expect(presenterActionFor(key('b', { [modifier]: true }), onPage), modifier).toBeNull();
    expect(presenterActionFor(key('PageDown', { repeat: true }), onPage)).toBeNull();
    expect(presenterActionFor(key('PageDown', { defaultPrevented: true }), onPage)).toBeNull();
    expect(presenterActionFor(key('b', { isComposing: true }), onPage)).toBeNull();
    expect(presenterActionFor(key('b'), { ...onPage, dialogOpen: true })).toBeNull();
    expect(presenterActionFor(key('Escape'), { ...onPage, dialogOpen: true, roomIsLive: false })).toBeNull();
  });

  it('leaves arrows and page keys to widgets that move with them and to Shift (selection), but not the room keys', () => {
    const inWidget = { ...onPage, inNavigatingWidget: true };
    for (const name of ['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp']) {
      expect(presenterActionFor(key(name), inWidget), name).toBeNull();
      expect(presenterActionFor(key(name, { shiftKey: true }), onPage), name).toBeNull();
    }
    expect(presenterActionFor(key('b'), inWidget)).toBe('blank');
    expect(presenterActionFor(key('?', { shiftKey: true }), onPage)).toBe('showKeys');
  });
});
