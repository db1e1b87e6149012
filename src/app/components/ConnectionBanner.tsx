/** Says plainly when the browser mode has lost its host, and that it is reconnecting. */
import { useConnectionStore } from '../stores/connectionStore';
import { Icon } from './Icon';

export function ConnectionBanner() {
  const state = useConnectionStore((s) => s.state);
  if (state.status !== 'reconnecting') return null;
  if (state.refusedByHost) {
    return (
      <div className="banner banner--error connection-banner" role="alert" data-testid="connection-banner">
        <Icon name="cloudOff" />
        <p className="banner__text">
          <strong>Accord was restarted.</strong> Its new access address is in the terminal where it runs (the line starting
          with “Open:”). Open that address; everything the host acknowledged is saved.
        </p>
      </div>
    );
  }
  return (
    <div className="banner banner--error connection-banner" role="alert" data-testid="connection-banner">
      <Icon name="cloudOff" />
      <p className="banner__text">
        <strong>Connection lost — reconnecting…</strong> Changes made now are not sent until Accord is back. Keep this
        window open; it reconnects by itself.
      </p>
    </div>
  );
}
