import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readLastOpenPhase, rememberOpenPhase } from '../../src/app/workshop/lastOpenPhase';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('lastOpenPhase', () => {
  let storage: ReturnType<typeof memoryStorage>;
  beforeEach(() => {
    storage = memoryStorage();
    vi.stubGlobal('window', { localStorage: storage });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('remembers the phase shown, and forgets it once the library shows', () => {
    expect(readLastOpenPhase()).toBeNull();
    rememberOpenPhase('responsibilities');
    expect(readLastOpenPhase()).toBe('responsibilities');
    rememberOpenPhase(null);
    expect(readLastOpenPhase()).toBeNull();
  });

  it('ignores a stored value that names no phase', () => {
    storage.setItem('accord.lastOpenPhase', 'toString');
    expect(readLastOpenPhase()).toBeNull();
    storage.setItem('accord.lastOpenPhase', 'nowhere');
    expect(readLastOpenPhase()).toBeNull();
  });

  it('gets by without storage', () => {
    vi.stubGlobal('window', {
      localStorage: {
        getItem: () => {
          throw new Error('denied');
        },
        setItem: () => {
          throw new Error('denied');
        },
      },
    });
    expect(() => rememberOpenPhase('setup')).not.toThrow();
    expect(readLastOpenPhase()).toBeNull();
  });
});
