/** Connects this window to its host and keeps the mirrors in step, across reconnects too. */
import { takeAccessKeyFromAddress } from './bridge/accessKey';
import { findHost } from './bridge/findHost';
import { setHostApi } from './bridge/hostApi';
import { useConnectionStore } from './stores/connectionStore';
import { refreshLibrary } from './stores/libraryStore';
import { applySessionEvent, resyncSession } from './stores/sessionStore';

export type AppView = 'console' | 'projector';

export function startApp(view: AppView): void {
  let lostConnection = false;
  const host = findHost(view, (state) => {
    useConnectionStore.setState({ state });
    if (state.status === 'reconnecting') lostConnection = true;
    if (state.status === 'connected' && lostConnection) {
      lostConnection = false;
      // Events may have been missed while away: catch up (only the missed changes when the host still has them).
      void resyncSession();
      if (view === 'console') void refreshLibrary();
    }
  });
  setHostApi(host.api);
  useConnectionStore.setState({ hostKind: host.kind });
  host.api.onDidChangeSession(applySessionEvent);
  void resyncSession();
}

/**
 * The launch URL carries the access token once; the host has traded it for a cookie and an
 * access key in the fragment. Keep the key, and drop both from the address bar.
 */
export function forgetLaunchToken(): void {
  takeAccessKeyFromAddress();
  const url = new URL(window.location.href);
  if (!url.searchParams.has('token')) return;
  url.searchParams.delete('token');
  window.history.replaceState(null, '', url);
}
