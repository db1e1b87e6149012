/** Live counts from the checks, for the presenter strip: what is still open before the room can sign. */
import { useMemo } from 'react';
import { countNoun } from '../../domain/countNoun';
import { NOUNS } from '../../domain/labels';
import { summarizeChecks } from '../../domain/summarizeChecks';
import { Icon } from '../components/Icon';
import { selectResponsibilityReport } from '../stores/responsibilitySelectors';
import { selectActions, selectParkingLot, useWorkshop } from '../stores/workshopSelectors';

const UNOWNED_ACTION = { one: 'action without an owner', other: 'actions without an owner' } as const;

export function CheckCounts() {
  const report = useWorkshop(selectResponsibilityReport);
  const summary = useMemo(() => summarizeChecks(report), [report]);
  const actions = useWorkshop(selectActions);
  const unowned = useMemo(() => actions.filter((action) => action.ownerParticipantId === null).length, [actions]);
  const parked = useWorkshop(selectParkingLot).length;
  const serious = summary.kinds.some((kind) => kind.serious);
  const tone = summary.total === 0 ? 'ok' : serious ? 'serious' : 'warn';
  return (
    <ul className="check-counts" aria-label="Checks" data-testid="check-counts">
      <li className={`check-counts__item check-counts__item--${tone}`} title={summary.spoken} data-testid="check-counts-problems">
        <Icon name={summary.total === 0 ? 'check' : 'alert'} />
        {summary.headline}
      </li>
      {unowned > 0 && (
        <li className="check-counts__item check-counts__item--warn" data-testid="check-counts-unowned">
          {countNoun(unowned, UNOWNED_ACTION)}
        </li>
      )}
      {parked > 0 && <li className="check-counts__item">{countNoun(parked, NOUNS.topic)} parked</li>}
    </ul>
  );
}
