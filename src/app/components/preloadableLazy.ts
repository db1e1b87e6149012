/**
 * Code that the first screen does not need, loaded on first use or ahead of it. A component
 * from `preloadableLazy` renders without suspending once `preload()` has fetched its module: a
 * plain React.lazy suspends on its first render whatever the state of the module, and React
 * then holds the revealed content back for up to 300 ms after a fallback, which a phase switch
 * or a dialog would show as a delay.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface Preloadable<P> {
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts fetching the module (once); resolves when it is ready to render. */
  preload: () => Promise<unknown>;
  /** Whether the module is there, so that Component renders at once. */
  isLoaded: () => boolean;
}

export function preloadableLazy<P>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null; // a later render may try again (a chunk missed while offline, say)
        throw error;
      },
    ));
  // React.lazy resolves at once when its thenable calls back synchronously.
  const ready = (component: ComponentType<P>) => ({ then: (resolve: (module: { default: ComponentType<P> }) => void) => resolve({ default: component }) });
  const Component = lazy(() => (loaded ? (ready(loaded) as unknown as Promise<{ default: ComponentType<P> }>) : preload().then((component) => ({ default: component }))));
  return { Component, preload, isLoaded: () => loaded !== null };
}

/**
 * Runs `work` in the background: a second after the call, once the window is idle. Preloading
 * then never competes with the first paint or a frame the facilitator is waiting for.
 * Returns a cancel.
 */
export function soonWhenIdle(work: () => void): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(work, { timeout: 2000 });
    else work();
  }, 1000);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
