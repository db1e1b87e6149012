/**
 * The console's control of what the room sees: always says which state the projector is in
 * (live, blank, frozen, on a break until a time), switches it with a click or the presenter
 * keys, and lists every key on "?". Going back to live is the same key again, or Esc.
 */
import { useEffect, useRef, useState } from 'react';
import { breakEndsAt } from '../../domain/breakEndsAt';
import { noRoomFocus } from '../../domain/roomFocus';
import { MAX_BREAK_MINUTES, type Workshop } from '../../domain/workshopSchema';
import { Dialog } from '../components/Dialog';
import { NumberInput } from '../components/NumberInput';
import { goToAdjacentPhase } from '../keyboard/useConsoleShortcuts';
import { KEY_GROUPS, presenterActionFor, whereKeyWasPressed } from '../keyboard/presenterKeys';
import { formatBackAt } from '../timer/formatBackAt';
import { dispatchCommand, useSessionStore } from '../stores/sessionStore';
import { useWorkshop } from '../stores/workshopSelectors';

type Room = Workshop['room'];
const LIVE: Room = { screen: 'live', breakEndsAt: null, focus: noRoomFocus() };
const selectRoom = (s: { snapshot: { workshop: Workshop } | null }): Room => s.snapshot?.workshop.room ?? LIVE;
const BREAK_PRESETS = [5, 10, 15, 30, 60] as const;

/** The screen last asked for and not yet confirmed, so a quick double press (a clicker) toggles back. */
let pendingScreen: Room['screen'] | null = null;

function showScreen(screen: 'live' | 'blank' | 'frozen'): void {
  pendingScreen = screen;
  void dispatchCommand({ type: 'showRoomScreen', screen }).finally(() => {
    if (pendingScreen === screen) pendingScreen = null;
  });
}
const currentScreen = (): Room['screen'] => pendingScreen ?? useSessionStore.getState().snapshot?.workshop.room.screen ?? 'live';

/** What the status says the room sees. */
function describeRoom(room: Room): string {
  switch (room.screen) {
    case 'live':
      return 'Projector live';
    case 'blank':
      return 'Projector blank';
    case 'frozen':
      return 'Projector frozen';
    case 'break':
      return room.breakEndsAt ? `Break until ${formatBackAt(room.breakEndsAt)}` : 'Break';
  }
}

function BreakDialog({ onClose }: { onClose: () => void }) {
  const [minutes, setMinutes] = useState<number | null>(15);
  const valid = minutes !== null && minutes >= 1 && minutes <= MAX_BREAK_MINUTES;
  const start = () => {
    if (!valid) return;
    void dispatchCommand({ type: 'startBreak', minutes });
    onClose();
  };
  return (
    <Dialog
      title="Break"
      testId="break-dialog"
      onClose={onClose}
      onSubmit={start}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!valid}>
            Show the break screen
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field__label">Minutes</span>
        <NumberInput value={minutes} min={1} max={MAX_BREAK_MINUTES} onCommit={setMinutes} autoFocus data-testid="break-minutes" aria-describedby="break-back-at" />
      </label>
      <div className="room-control__presets" role="group" aria-label="Common breaks">
        {BREAK_PRESETS.map((preset) => (
          <button key={preset} type="button" className="button button--small" aria-pressed={minutes === preset} onClick={() => setMinutes(preset)}>
            {preset} min
          </button>
        ))}
      </div>
      <p id="break-back-at" className="room-control__preview">
        {valid ? `The projector shows “Back at ${formatBackAt(breakEndsAt(Date.now(), minutes))}” with a countdown.` : `A break lasts 1 to ${MAX_BREAK_MINUTES} minutes.`}
      </p>
    </Dialog>
  );
}

function KeysDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog
      title="Keyboard"
      testId="keys-dialog"
      wide
      onClose={onClose}
      onSubmit={onClose}
      actions={
        <button type="submit" className="button button--primary">
          Close
        </button>
      }
    >
      <div className="keys-list">
        {KEY_GROUPS.map((group) => (
          <section key={group.title} className="keys-list__group">
            <h3 className="keys-list__title">{group.title}</h3>
            <dl className="keys-list__keys">
              {group.keys.map((entry) => (
                <div key={entry.keys} className="keys-list__row">
                  <dt>
                    <kbd>{entry.keys}</kbd>
                  </dt>
                  <dd>{entry.does}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}

export function RoomControl({ readOnly }: { readOnly: boolean }) {
  const room = useWorkshop(selectRoom);
  const [dialog, setDialog] = useState<'break' | 'keys' | null>(null);
  const readOnlyRef = useRef(readOnly);
  readOnlyRef.current = readOnly;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const screen = currentScreen();
      const action = presenterActionFor(event, whereKeyWasPressed(event, screen === 'live'));
      if (!action) return;
      if (action === 'showKeys') {
        event.preventDefault();
        setDialog('keys');
        return;
      }
      if (readOnlyRef.current) return;
      event.preventDefault();
      if (action === 'nextPhase' || action === 'previousPhase') return goToAdjacentPhase(action === 'nextPhase' ? 1 : -1);
      if (action === 'live') return showScreen('live');
      if (action === 'blank') return showScreen(screen === 'blank' ? 'live' : 'blank');
      if (action === 'freeze') return showScreen(screen === 'frozen' ? 'live' : 'frozen');
      if (screen === 'break') showScreen('live');
      else setDialog('break');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const toggle = (screen: 'blank' | 'frozen') => showScreen(room.screen === screen ? 'live' : screen);
  return (
    <div className="room-control" role="group" aria-label="What the room sees" data-testid="room-control" data-screen={room.screen}>
      <span className={`room-control__state room-control__state--${room.screen}`} data-testid="room-state" aria-live="polite">
        {describeRoom(room)}
      </span>
      <button type="button" className="button button--small" aria-pressed={room.screen === 'blank'} aria-keyshortcuts="B ." disabled={readOnly} onClick={() => toggle('blank')} title="Blank the projector (B or .)">
        Blank
      </button>
      <button type="button" className="button button--small" aria-pressed={room.screen === 'frozen'} aria-keyshortcuts="F" disabled={readOnly} onClick={() => toggle('frozen')} title="Freeze the projector on its current picture (F)">
        Freeze
      </button>
      <button
        type="button"
        className="button button--small"
        aria-pressed={room.screen === 'break'}
        aria-keyshortcuts="P"
        aria-haspopup={room.screen === 'break' ? undefined : 'dialog'}
        disabled={readOnly}
        onClick={() => (room.screen === 'break' ? showScreen('live') : setDialog('break'))}
        title="Break screen with the time the room is back (P)"
      >
        Break…
      </button>
      {room.screen !== 'live' && (
        <button type="button" className="button button--small button--primary" disabled={readOnly} aria-keyshortcuts="Escape" onClick={() => showScreen('live')} title="Back to live (Esc)">
          Go live
        </button>
      )}
      <button type="button" className="icon-button room-control__keys" aria-label="Keyboard keys" aria-keyshortcuts="?" aria-haspopup="dialog" title="Keyboard keys (?)" onClick={() => setDialog('keys')}>
        ?
      </button>
      {dialog === 'break' && <BreakDialog onClose={() => setDialog(null)} />}
      {dialog === 'keys' && <KeysDialog onClose={() => setDialog(null)} />}
    </div>
  );
}
