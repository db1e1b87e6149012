import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { preloadableLazy } from '../../src/app/components/preloadableLazy';

const Hello = ({ name }: { name: string }) => createElement('p', null, `Hello ${name}`);
const inSuspense = (element: ReturnType<typeof createElement>) => renderToString(createElement(Suspense, { fallback: createElement('i', null, 'loading') }, element));

describe('preloadableLazy', () => {
  it('renders at once, without the fallback, once preloaded', async () => {
    let loads = 0;
    const { Component, preload } = preloadableLazy(async () => {
      loads++;
      return Hello;
    });
    await preload();
    expect(inSuspense(createElement(Component, { name: 'room' }))).toContain('Hello room');
    await preload();
    expect(loads).toBe(1);
  });

  it('shows the fallback while the module is still loading', () => {
    const { Component } = preloadableLazy(() => new Promise<typeof Hello>(() => {}));
    expect(inSuspense(createElement(Component, { name: 'room' }))).toContain('loading');
  });

  it('tries again after a failed load', async () => {
    let attempt = 0;
    const { preload } = preloadableLazy(async () => {
      if (++attempt === 1) throw new Error('offline');
      return Hello;
    });
    await expect(preload()).rejects.toThrow('offline');
    await expect(preload()).resolves.toBe(Hello);
  });
});
