import { describe, expect, it } from 'vitest';
import { shortcutFor } from '../../src/app/keyboard/shortcuts';

const key = (init: Partial<KeyboardEvent>) => ({ ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, code: '', ...init }) as KeyboardEvent;

describe('shortcutFor', () => {
  it('takes Ctrl+Y as redo', () => {
    expect(shortcutFor(key({ key: 'y', ctrlKey: true }))).toBe('redo');
  });

  it('leaves Ctrl+Shift+Y to the vote dialog', () => {
    expect(shortcutFor(key({ key: 'Y', ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it('takes Ctrl+Z as undo and Ctrl+Shift+Z as redo', () => {
    expect(shortcutFor(key({ key: 'z', ctrlKey: true }))).toBe('undo');
    expect(shortcutFor(key({ key: 'Z', ctrlKey: true, shiftKey: true }))).toBe('redo');
  });
});
