/**
 * Opens the browser mode's socket to its host before the app's own code is evaluated: main.tsx
 * imports this module first, so the connection's handshake runs on the network's time while the
 * bundle is evaluated and first rendered, instead of starting after them. None in Electron, whose
 * preload is the bridge, nor in the charter's print view, which talks to no host.
 */
import { requestedView } from '../requestedView';
import { openEarlySocket } from './earlySocket';
import { preloadedApi } from './preloadedApi';

if (!preloadedApi() && requestedView() !== 'charter-print') openEarlySocket();
