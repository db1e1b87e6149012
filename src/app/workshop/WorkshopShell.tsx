/** The facilitator's console for one open workshop. */
import { useEffect, useState } from 'react';
import type { PhaseId } from '../../domain/workshopSchema';
import { ALL_PHASES } from '../../domain/phases';
import { soonWhenIdle } from '../components/preloadableLazy';
import { FacilitationLayer, preloadFacilitationTools } from '../facilitation/FacilitationLayer';
import { useDisconnected } from '../stores/connectionStore';
import { PHASE_VIEWS, preloadPhaseView } from '../phases/phaseViews';
import { KeptPhase } from './KeptPhase';
import { selectCurrentPhase, selectNavigablePhases, selectNotices, selectReadOnly, selectReadOnlyReason, selectWorkshopId, useWorkshop } from '../stores/workshopSelectors';
import { PresenterStrip } from '../presenter/PresenterStrip';
import { NoticesBanner } from './NoticesBanner';
import { PhaseBar } from './PhaseBar';
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

/**
 * Sign-off starts each visit afresh: the step it opens on and the room's review follow the
 * charter's state at that moment (SignoffPhase), so it is built again rather than kept.
 */
const BUILT_EACH_VISIT: ReadonlySet<PhaseId> = new Set<PhaseId>(['signoff']);

/**
 * The phases of this workshop shown so far in this console, in the order first shown. Each keeps
 * its page while another is shown (KeptPhase), so going back to a phase shows it as it was left
 * instead of building it again (switching to Responsibilities on a 20 MB workshop: p95 ~88 →
 * ~62 ms, React's work per switch ~18 → ~8 ms). Another workshop starts the list again.
 */
function useVisitedPhases(phase: PhaseId, workshopId: string | null): PhaseId[] {
  const [visited, setVisited] = useState<{ workshopId: string | null; phases: PhaseId[] }>({ workshopId, phases: [phase] });
  const kept = visited.workshopId === workshopId ? visited.phases.filter((p) => p === phase || !BUILT_EACH_VISIT.has(p)) : [];
  const phases = kept.includes(phase) ? kept : [...kept, phase];
  if (visited.workshopId !== workshopId || phases.join() !== visited.phases.join()) setVisited({ workshopId, phases });
  return phases;
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
  const notices = useWorkshop(selectNotices);
  const workshopId = useWorkshop(selectWorkshopId);
  const navigable = useWorkshop(selectNavigablePhases);
  const visited = useVisitedPhases(phase, workshopId);
  useEffect(() => soonWhenIdle(preloadTheRest), []);
  // Without its host the browser mode cannot keep an edit, so it takes none (see ConnectionBanner).
  const disconnected = useDisconnected();
  const readOnly = fileReadOnly || disconnected;
  return (
    <div className="shell" data-testid="workshop-shell">
      <TopBar disconnected={disconnected} />
      <SaveFailureBanner />
      {fileReadOnly && <ReadOnlyBanner reason={readOnlyReason} />}
      <NoticesBanner notices={notices} />
      {phase !== 'signoff' && !readOnly && <SignedCharterBanner />}
      <PhaseBar />
      <PresenterStrip readOnly={readOnly} />
      <div className="shell__phases">
        {visited.map((visitedPhase) => (
          <KeptPhase key={`${workshopId}:${visitedPhase}`} phase={visitedPhase} shown={visitedPhase === phase} number={navigable.indexOf(visitedPhase) + 1} readOnly={readOnly} />
        ))}
      </div>
      <FacilitationLayer phase={current} readOnly={readOnly} />
    </div>
  );
}
