/**
 * Says plainly when the browser mode has lost its host: what happened, that edits are not
 * taken meanwhile, and what to do. Everything the host acknowledged is already on disk.
 */
import type { ReactNode } from 'react';
import { DEFAULT_WEB_PORT } from '../../shared/webProtocol';
import { useConnectionStore } from '../stores/connectionStore';
import { Icon } from './Icon';

/** On any port but the default, the tab only finds Accord again if it is started on the port it had. */
function restartCommand(): string {
  const port = typeof location === 'undefined' ? '' : location.port;
  return port === String(DEFAULT_WEB_PORT) || port === '' ? 'npm run web' : `npm run web -- --port ${port}`;
}

export function ConnectionBanner() {
  const state = useConnectionStore((s) => s.state);
  if (state.status !== 'reconnecting') return null;
  const [title, advice]: [string, ReactNode] = state.refusedByHost
    ? [
        'Accord no longer accepts this window.',
        'It was started with another data folder or lost its access file. Open the address it printed in the terminal (the line starting with “Open:”); everything Accord showed as saved is on disk.',
      ]
    : state.hostUnreachable
      ? [
          'Accord has stopped.',
          <>
            Changes can’t be made until it is back. Start it again in the terminal with <code>{restartCommand()}</code> (and the same data folder);
            this window reconnects by itself, and everything Accord showed as saved is on disk.
          </>,
        ]
      : ['Connection lost — reconnecting…', 'Changes can’t be made until Accord is back. Keep this window open; it reconnects by itself.'];
  return (
    <div className="banner banner--error connection-banner" role="alert" data-testid="connection-banner" data-problem={state.refusedByHost ? 'refused' : state.hostUnreachable ? 'stopped' : 'reconnecting'}>
      <Icon name="cloudOff" />
      <p className="banner__text">
        <strong>{title}</strong> {advice}
      </p>
    </div>
  );
}
