import { Icon } from '../components/Icon';
import { countNoun } from '../../domain/countNoun';
import { selectSignedCount, selectCharterVersion, useWorkshop } from '../stores/workshopSelectors';

/**
 * Outside the Sign-off phase, while the current charter version has signatures: says before
 * any edit that changing what the charter says starts the next version, which everyone signs
 * again (the signed version stays in the history). No edit should surprise the room.
 */
export function SignedCharterBanner() {
  const signed = useWorkshop(selectSignedCount);
  const version = useWorkshop(selectCharterVersion);
  if (signed === 0) return null;
  return (
    <div className="banner banner--info" role="status" data-testid="signed-charter-banner">
      <Icon name="info" />
      <p className="banner__text">
        <strong>
          Version {version} of the charter has {countNoun(signed, { one: 'signature', other: 'signatures' })}.
        </strong>{' '}
        Changing anything the charter says starts version {version + 1}, which everyone signs again; version {version} stays readable in the history.
      </p>
    </div>
  );
}
