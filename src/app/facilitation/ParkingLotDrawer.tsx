/** Park a topic from any phase: type it, press Enter, carry on. The room reviews the list in the Actions phase. */
import { useMemo, useState, type KeyboardEvent } from 'react';
import { PHASES } from '../../domain/phases';
import type { PhaseId } from '../../domain/workshopSchema';
import { dispatchCommand } from '../stores/sessionStore';
import { ToolModal } from './ToolModal';
import { selectParkingLot, useWorkshop } from '../stores/workshopSelectors';

export function ParkingLotDrawer({ phase, readOnly, onClose }: { phase: PhaseId; readOnly: boolean; onClose: () => void }) {
  const items = useWorkshop(selectParkingLot);
  const [text, setText] = useState('');
  // The newest hundred are plenty here; the whole list is in the Actions phase.
  const newestFirst = useMemo(() => items.slice(-100).reverse(), [items]);

  const park = async () => {
    const topic = text.trim();
    if (!topic) return;
    if (await dispatchCommand({ type: 'parkTopic', text: topic, raisedInPhase: phase })) setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void park();
    }
  };

  return (
    <ToolModal
      title="Parking lot"
      subtitle={items.length === 0 ? 'Topics worth discussing, just not now' : `${items.length} ${items.length === 1 ? 'topic' : 'topics'} parked · reviewed in Actions`}
      variant="drawer"
      testId="parking-lot-drawer"
      onClose={onClose}
    >
      {!readOnly && (
        <div className="park-form">
          <label className="field">
            <span className="field__label">Park a topic</span>
            <textarea
              className="input input--multiline park-form__input"
              name="topic"
              rows={2}
              maxLength={10_000}
              value={text}
              placeholder="e.g. Do partners get the same lead definitions?"
              data-autofocus
              onChange={(event) => setText(event.target.value)}
              onKeyDown={onKeyDown}
            />
          </label>
          <p className="park-form__hint">
            <span className="kbd">Enter</span> parks it, raised in <strong>{PHASES[phase].label}</strong> · <span className="kbd">Shift+Enter</span> for a new line · <span className="kbd">Esc</span> closes
          </p>
        </div>
      )}
      {items.length === 0 ? (
        <p className="tool-empty">Nothing parked yet. When a discussion drifts off the phase’s goal, park the topic here and bring the room back.</p>
      ) : (
        <ol className="park-list" aria-label="Parked topics" data-testid="parking-lot-items">
          {newestFirst.map((item) => (
            <li key={item.id} className="park-list__item">
              <p className="park-list__text wrap-anywhere">{item.text}</p>
              <span className="tool-chip">{PHASES[item.raisedInPhase].label}</span>
            </li>
          ))}
        </ol>
      )}
      {items.length > newestFirst.length && <p className="tool-empty">{items.length - newestFirst.length} older topics are listed in the Actions phase.</p>}
    </ToolModal>
  );
}
