/** The facilitator's console for one open workshop. */
import { memo, type MemoExoticComponent } from 'react';
import { FacilitationLayer } from '../facilitation/FacilitationLayer';
import { useDisconnected } from '../stores/connectionStore';
import { PHASE_VIEWS } from '../phases/phaseViews';
import { selectCurrentPhase, selectNavigablePhases, selectNotices, selectReadOnly, selectReadOnlyReason, selectSaveState, selectWorkshopId, useWorkshop } from '../stores/workshopSelectors';
import { AgendaTimer } from '../timer/AgendaTimer';
import { NoticesBanner } from './NoticesBanner';
import { PhaseBar } from './PhaseBar';
import { PhaseHeader } from './PhaseHeader';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { SaveFailureBanner } from './SaveFailureBanner';
import { SignedCharterBanner } from './SignedCharterBanner';
import { TopBar } from './TopBar';

/**
 * Phase views read what they need from the store themselves; memoised here so that the shell
 * re-rendering (a phase change, a save state) does not re-render the whole phase.
 */
const MEMO_PHASE_VIEWS = Object.fromEntries(Object.entries(PHASE_VIEWS).map(([phase, View]) => [phase, memo(View)])) as {
  [P in keyof typeof PHASE_VIEWS]: MemoExoticComponent<(typeof PHASE_VIEWS)[P]>;
};

/** Subscribes to the session's state and the current phase only: each part below reads its own slice. */
export function WorkshopShell() {
  const phase = useWorkshop(selectCurrentPhase);
  const fileReadOnly = useWorkshop(selectReadOnly);
  const readOnlyReason = useWorkshop(selectReadOnlyReason);
  const saveState = useWorkshop(selectSaveState);
  const notices = useWorkshop(selectNotices);
  const workshopId = useWorkshop(selectWorkshopId);
  const number = useWorkshop(selectNavigablePhases).indexOf(phase) + 1;
  const PhaseView = MEMO_PHASE_VIEWS[phase];
  // Without its host the browser mode cannot keep an edit, so it takes none (see ConnectionBanner).
  const disconnected = useDisconnected();
  const readOnly = fileReadOnly || disconnected;
  return (
    <div className="shell" data-testid="workshop-shell">
      <TopBar disconnected={disconnected} />
      {saveState && workshopId && <SaveFailureBanner saveState={saveState} workshopId={workshopId} />}
      {fileReadOnly && <ReadOnlyBanner reason={readOnlyReason} />}
      <NoticesBanner notices={notices} />
      {phase !== 'signoff' && !readOnly && <SignedCharterBanner />}
      <PhaseBar />
      <AgendaTimer readOnly={readOnly} />
      <main className="shell__main" data-testid="phase-view" data-phase={phase}>
        <div className="shell__content">
          <PhaseHeader phase={phase} number={number} />
          <PhaseView phase={phase} readOnly={readOnly} />
        </div>
      </main>
      <FacilitationLayer phase={phase} readOnly={readOnly} />
    </div>
  );
}
