/** The facilitator's console for one open workshop. */
import { Suspense, useEffect, useState } from 'react';
import type { PhaseId } from '../../domain/workshopSchema';
import { ALL_PHASES, PHASES } from '../../domain/phases';
import { soonWhenIdle } from '../components/preloadableLazy';
import { FacilitationLayer, preloadFacilitationTools } from '../facilitation/FacilitationLayer';
import { useDisconnected } from '../stores/connectionStore';
import { PHASE_VIEWS, preloadPhaseView } from '../phases/phaseViews';
import { selectCurrentPhase, selectNavigablePhases, selectNotices, selectReadOnly, selectReadOnlyReason, selectSaveState, selectWorkshopId, useWorkshop } from '../stores/workshopSelectors';
import { PresenterStrip } from '../presenter/PresenterStrip';
import { NoticesBanner } from './NoticesBanner';
import { PhaseBar } from './PhaseBar';
import { PhaseHeader } from './PhaseHeader';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { SaveFailureBanner } from './SaveFailureBanner';
import { SignedCharterBanner } from './SignedCharterBanner';
import { TopBar } from './TopBar';

/**
 * The phase whose view to show: the current one once its view has loaded, until then the one
 * shown before (a switch right after opening, before the background preload, keeps the old
 * phase a moment instead of flashing a loading message). If loading fails, the current one,
 * whose Suspense fallback then tries again.
 */
function useShownPhase(phase: PhaseId): PhaseId {
  const [shown, setShown] = useState(phase);
  const [failed, setFailed] = useState<PhaseId | null>(null);
  const ready = PHASE_VIEWS[phase].isLoaded() || failed === phase;
  if (ready && shown !== phase) setShown(phase);
  useEffect(() => {
    if (ready) return;
    let live = true;
    preloadPhaseView(phase).then(
      () => live && setShown(phase),
      () => live && setFailed(phase),
    );
    return () => {
      live = false;
    };
  }, [phase, ready]);
  return ready ? phase : shown;
}

/** Once the console is up, the other phases and the facilitation tools load when idle, so a switch finds them ready. */
function preloadTheRest(): void {
  for (const phase of ALL_PHASES) void preloadPhaseView(phase).catch(() => {});
  preloadFacilitationTools();
}

/** Subscribes to the session's state and the current phase only: each part below reads its own slice. */
export function WorkshopShell() {
  const current = useWorkshop(selectCurrentPhase);
  const phase = useShownPhase(current);
  const fileReadOnly = useWorkshop(selectReadOnly);
  const readOnlyReason = useWorkshop(selectReadOnlyReason);
  const saveState = useWorkshop(selectSaveState);
  const notices = useWorkshop(selectNotices);
  const workshopId = useWorkshop(selectWorkshopId);
  const number = useWorkshop(selectNavigablePhases).indexOf(phase) + 1;
  const PhaseView = PHASE_VIEWS[phase].Component;
  useEffect(() => soonWhenIdle(preloadTheRest), []);
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
      <PresenterStrip readOnly={readOnly} />
      {/* Keyed by phase: each phase opens at its top, not at the scroll position the last one was left at (a long matrix would open mid-table). */}
      <main key={phase} className="shell__main" data-testid="phase-view" data-phase={phase}>
        <div className="shell__content">
          <PhaseHeader phase={phase} number={number} />
          <Suspense
            fallback={
              <p className="app-loading" role="status">
                Opening {PHASES[phase].label}…
              </p>
            }
          >
            <PhaseView phase={phase} readOnly={readOnly} />
          </Suspense>
        </div>
      </main>
      <FacilitationLayer phase={current} readOnly={readOnly} />
    </div>
  );
}
