/** The facilitator's console for one open workshop. */
import { memo, type MemoExoticComponent } from 'react';
import { navigablePhases } from '../../domain/phases';
import type { SessionSnapshot } from '../../shared/accordApi';
import { FacilitationLayer } from '../facilitation/FacilitationLayer';
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
  return (
    <div className="shell" data-testid="workshop-shell">
      <TopBar snapshot={snapshot} />
      <SaveFailureBanner saveState={snapshot.saveState} workshopId={workshop.id} />
      {snapshot.readOnly && <ReadOnlyBanner reason={snapshot.readOnlyReason} />}
      <NoticesBanner notices={snapshot.notices} />
      <PhaseBar workshop={workshop} />
      <AgendaTimer workshop={workshop} readOnly={snapshot.readOnly} />
      <main className="shell__main" data-testid="phase-view" data-phase={phase}>
        <div className="shell__content">
          <PhaseHeader phase={phase} number={number} />
          <PhaseView phase={phase} readOnly={snapshot.readOnly} />
        </div>
      </main>
      <FacilitationLayer snapshot={snapshot} />
    </div>
  );
}
