/** The facilitator's console for one open workshop. */
import { memo, type MemoExoticComponent } from 'react';
import { navigablePhases } from '../../domain/phases';
import type { SessionSnapshot } from '../../shared/accordApi';
import { FacilitationLayer } from '../facilitation/FacilitationLayer';
import { useDisconnected } from '../stores/connectionStore';
import { PHASE_VIEWS } from '../phases/phaseViews';
import { AgendaTimer } from '../timer/AgendaTimer';
import { NoticesBanner } from './NoticesBanner';
import { PhaseBar } from './PhaseBar';
import { PhaseHeader } from './PhaseHeader';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { SaveFailureBanner } from './SaveFailureBanner';
import { TopBar } from './TopBar';

/**
 * Phase views read what they need from the store themselves; memoised here so that a keystroke
 * elsewhere (which gives the shell a new snapshot) does not re-render the whole phase.
 */
const MEMO_PHASE_VIEWS = Object.fromEntries(Object.entries(PHASE_VIEWS).map(([phase, View]) => [phase, memo(View)])) as {
  [P in keyof typeof PHASE_VIEWS]: MemoExoticComponent<(typeof PHASE_VIEWS)[P]>;
};

export function WorkshopShell({ snapshot }: { snapshot: SessionSnapshot }) {
  const { workshop } = snapshot;
  const phase = workshop.currentPhase;
  const PhaseView = MEMO_PHASE_VIEWS[phase];
  const number = navigablePhases(workshop).indexOf(phase) + 1;
  // Without its host the browser mode cannot keep an edit, so it takes none (see ConnectionBanner).
  const disconnected = useDisconnected();
  const readOnly = snapshot.readOnly || disconnected;
  return (
    <div className="shell" data-testid="workshop-shell">
      <TopBar snapshot={snapshot} disconnected={disconnected} />
      <SaveFailureBanner saveState={snapshot.saveState} workshopId={workshop.id} />
      {snapshot.readOnly && <ReadOnlyBanner reason={snapshot.readOnlyReason} />}
      <NoticesBanner notices={snapshot.notices} />
      <PhaseBar workshop={workshop} />
      <AgendaTimer workshop={workshop} readOnly={readOnly} />
      <main className="shell__main" data-testid="phase-view" data-phase={phase}>
        <div className="shell__content">
          <PhaseHeader phase={phase} number={number} />
          <PhaseView phase={phase} readOnly={readOnly} />
        </div>
      </main>
      <FacilitationLayer snapshot={readOnly === snapshot.readOnly ? snapshot : { ...snapshot, readOnly }} />
    </div>
  );
}
