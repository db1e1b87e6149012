/** The parking lot as the room reviews it at the end: each deferred topic, where it came up, and a way to turn it into an action. */
import { newAction } from '../../../domain/newItems';
import { countNoun } from '../../../domain/countNoun';
import { NOUNS } from '../../../domain/labels';
import { memo, useCallback } from 'react';
import { PHASES } from '../../../domain/phases';
import type { Workshop } from '../../../domain/workshopSchema';
import { Icon } from '../../components/Icon';
import { TextInput } from '../../components/TextInput';
import { dispatchCommand, undo } from '../../stores/sessionStore';
import { showToast } from '../../stores/toastStore';
import { SHORTCUT_HINTS } from '../../facilitation/facilitationShortcuts';
import { selectParkingLot, useWorkshop } from '../../stores/workshopSelectors';

type ParkingLotItem = Workshop['parkingLot'][number];

export function ParkingLotList({ readOnly }: { readOnly: boolean }) {
  const items = useWorkshop(selectParkingLot);

  const turnIntoAction = useCallback(async (item: ParkingLotItem) => {
    const action = newAction(crypto.randomUUID(), item.text);
    const moved = await dispatchCommand({
      type: 'batch',
      label: 'Turn a parked topic into an action',
      commands: [
        { type: 'addItem', collection: 'actions', item: action },
        { type: 'removeItem', collection: 'parkingLot', id: item.id },
      ],
    });
    if (moved) showToast({ kind: 'success', message: 'Moved to the actions; give it an owner and a due date.', action: { label: 'Undo', run: () => void undo() } });
  }, []);

  const remove = useCallback(async (item: ParkingLotItem) => {
    if (await dispatchCommand({ type: 'removeItem', collection: 'parkingLot', id: item.id })) {
      showToast({ kind: 'info', message: 'Removed from the parking lot.', action: { label: 'Undo', run: () => void undo() } });
    }
  }, []);

  return (
    <section className="panel" aria-labelledby="parking-lot-title" data-testid="parking-lot-panel">
      <div className="panel__head">
        <div>
          <h3 id="parking-lot-title" className="panel__title">
            Parking lot
          </h3>
          <p className="panel__subtitle">{items.length === 0 ? 'Nothing parked' : `${countNoun(items.length, NOUNS.topic)} deferred`}</p>
        </div>
      </div>
      {items.length === 0 ? (
        <p className="actions-empty actions-empty--small">
          Topics raised during the day but set aside land here. Park one from any phase with the Parking lot button or <span className="kbd">{SHORTCUT_HINTS.parkingLot}</span>.
        </p>
      ) : (
        <ul className="parked-list" data-testid="parked-list">
          {items.map((item, index) => (
            <ParkedRow key={item.id} item={item} index={index} readOnly={readOnly} onConvert={turnIntoAction} onRemove={remove} />
          ))}
        </ul>
      )}
    </section>
  );
}

interface RowProps {
  item: ParkingLotItem;
  index: number;
  readOnly: boolean;
  onConvert: (item: ParkingLotItem) => void;
  onRemove: (item: ParkingLotItem) => void;
}

const ParkedRow = memo(function ParkedRow({ item, index, readOnly, onConvert, onRemove }: RowProps) {
  return (
    <li className="parked-row" data-testid="parked-item">
      <TextInput
        className="input input--inline parked-row__text"
        aria-label={`Parked topic ${index + 1}`}
        value={item.text}
        maxLength={10_000}
        disabled={readOnly}
        onCommit={(text) => dispatchCommand({ type: 'updateItem', collection: 'parkingLot', id: item.id, patch: { text } })}
      />
      <span className="phase-chip" title={`Raised in ${PHASES[item.raisedInPhase].label}`}>
        {PHASES[item.raisedInPhase].label}
      </span>
      {!readOnly && (
        <>
          <button type="button" className="button button--small" onClick={() => onConvert(item)} aria-label={`Turn into action: ${item.text || `topic ${index + 1}`}`}>
            Turn into action
          </button>
          <button type="button" className="icon-button" aria-label={`Remove parked topic ${index + 1}`} title="Remove" onClick={() => onRemove(item)}>
            <Icon name="trash" />
          </button>
        </>
      )}
    </li>
  );
});
