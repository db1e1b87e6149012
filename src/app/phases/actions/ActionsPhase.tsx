/** Actions: who does what by when, the parking lot reviewed, and the decisions log. */
import type { PhaseViewProps } from '../phaseViews';
import { ActionsTable } from './ActionsTable';
import { DecisionsLog } from './DecisionsLog';
import { ParkingLotList } from './ParkingLotList';
import '../common/forms.css';
import './actions.css';

export function ActionsPhase({ readOnly }: PhaseViewProps) {
  return (
    <div className="actions-phase" data-testid="actions-phase">
      <ActionsTable readOnly={readOnly} />
      <ParkingLotList readOnly={readOnly} />
      <DecisionsLog readOnly={readOnly} />
    </div>
  );
}
