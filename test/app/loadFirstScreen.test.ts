/**
 * Loading the console's first screen ahead of a relaunch into a workshop: the library's list is
 * asked for as soon as the host is heard reopening nothing, and the shell, when first wanted
 * with a workshop open, comes with the phase that workshop is on. Real modules: the shell and
 * the phases are imported as the console imports them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LazyWorkshopShell, loadFirstScreen, loadFirstScreenAhead } from '../../src/app/loadFirstScreen';
import { PHASE_VIEWS } from '../../src/app/phases/phaseViews';
import { useSessionStore } from '../../src/app/stores/sessionStore';
import { aSnapshot, installFakeHostWithoutStartListing, type fakeHostApi } from './fakeHostApi';

/** This window's storage, remembering that the console was last open on `phase`. */
function lastOpenOn(phase: string | null): void {
  const stored = new Map<string, string>(phase ? [['accord.lastOpenPhase', phase]] : []);
  vi.stubGlobal('window', { localStorage: { getItem: (key: string) => stored.get(key) ?? null, setItem: () => {}, removeItem: () => {} } });
}

describe('loadFirstScreenAhead and loadFirstScreen', () => {
  let host: ReturnType<typeof fakeHostApi>;

  beforeEach(async () => {
    host = await installFakeHostWithoutStartListing();
    useSessionStore.setState({ loaded: false, snapshot: null });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the library at once after a console last closed on the library', () => {
    lastOpenOn(null);
    loadFirstScreenAhead();
    expect(host.api.listWorkshops).toHaveBeenCalledTimes(1);
  });

  it('after a workshop, asks for the library only once the host is heard reopening nothing', () => {
    lastOpenOn('responsibilities');
    loadFirstScreenAhead();
    expect(host.api.listWorkshops).not.toHaveBeenCalled();
    useSessionStore.setState({ loaded: true, snapshot: null });
    expect(host.api.listWorkshops).toHaveBeenCalledTimes(1);
    useSessionStore.setState({ loaded: true, snapshot: null });
    expect(host.api.listWorkshops).toHaveBeenCalledTimes(1);
  });

  it('after a workshop that the host reopens, does not list the library (it would read every workshop file)', () => {
    lastOpenOn('responsibilities');
    loadFirstScreenAhead();
    useSessionStore.setState({ loaded: true, snapshot: aSnapshot() });
    expect(host.api.listWorkshops).not.toHaveBeenCalled();
  });

  it('has the shell, fetched ahead with no session yet, still come with the phase of the workshop opened later', async () => {
    lastOpenOn('setup');
    loadFirstScreenAhead();
    expect(PHASE_VIEWS.bestCustomers.isLoaded()).toBe(false);
    const workshop = { ...aSnapshot().workshop, currentPhase: 'bestCustomers' as const };
    useSessionStore.setState({ loaded: true, snapshot: aSnapshot({ workshop }) });
    await LazyWorkshopShell.preload();
    expect(PHASE_VIEWS.bestCustomers.isLoaded()).toBe(true);
  });

  it('loads nothing for the library, and the shell with the phase for an open workshop', async () => {
    useSessionStore.setState({ loaded: true, snapshot: null });
    await loadFirstScreen();
    const workshop = { ...aSnapshot().workshop, currentPhase: 'goals' as const };
    useSessionStore.setState({ loaded: true, snapshot: aSnapshot({ workshop }) });
    expect(PHASE_VIEWS.goals.isLoaded()).toBe(false);
    await loadFirstScreen();
    expect(LazyWorkshopShell.isLoaded()).toBe(true);
    expect(PHASE_VIEWS.goals.isLoaded()).toBe(true);
  });
});
