/**
 * Tools reachable from every phase: the parking lot, sticky notes and votes. A small dock at
 * the bottom left opens them; each also has a shortcut (see facilitationShortcuts.ts).
 */
import { memo, Suspense, useEffect } from 'react';
import type { PhaseId } from '../../domain/workshopSchema';
import { preloadableLazy } from '../components/preloadableLazy';
import { selectOpenVoteCount, selectParkingLot, useWorkshop } from '../stores/workshopSelectors';
import { facilitationShortcutFor, SHORTCUT_HINTS } from './facilitationShortcuts';
import { closeModal, closeNotes, openModal, openNotes, useFacilitationStore } from './facilitationStore';
import { usePhaseNotes } from './usePhaseNotes';
import './facilitation.css';

// The tools load on first use, or in the background once the console is up (preloadFacilitationTools).
const NotesPanel = preloadableLazy(() => import('./NotesPanel').then((m) => m.NotesPanel));
const ParkingLotDrawer = preloadableLazy(() => import('./ParkingLotDrawer').then((m) => m.ParkingLotDrawer));
const VoteDialog = preloadableLazy(() => import('./VoteDialog').then((m) => m.VoteDialog));

export function preloadFacilitationTools(): void {
  for (const tool of [NotesPanel, ParkingLotDrawer, VoteDialog]) void tool.preload().catch(() => {});
}

export const FacilitationLayer = memo(function FacilitationLayer({ phase, readOnly }: { phase: PhaseId; readOnly: boolean }) {
  const { modal, notesOpen } = useFacilitationStore();
  const parkedCount = useWorkshop(selectParkingLot).length;
  const openVotes = useWorkshop(selectOpenVoteCount);
  const noteCount = usePhaseNotes(phase).length;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const tool = facilitationShortcutFor(event);
      if (!tool || event.defaultPrevented) return;
      const current = useFacilitationStore.getState();
      // Another modal (e.g. a phase's own dialog) owns the keyboard; ours toggle each other.
      if (document.querySelector('dialog[open]') && !current.modal) return;
      event.preventDefault();
      if (tool === 'notes') {
        // Always lands in the "new note" field, ready to type; Esc or the close button closes the panel.
        if (current.modal) closeModal();
        openNotes();
      } else {
        if (current.modal === tool) closeModal();
        else openModal(tool);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <div className="facilitation-dock" role="group" aria-label="Facilitation tools" data-testid="facilitation-dock">
        <button type="button" className="dock-button" onClick={() => openModal('parkingLot')} title={`Parking lot (${SHORTCUT_HINTS.parkingLot})`} aria-keyshortcuts={ariaKeys('L')}>
          <ParkIcon />
          <span>Parking lot</span>
          <span className="dock-button__count" data-testid="parking-lot-count">
            {parkedCount}
            <span className="visually-hidden"> parked</span>
          </span>
        </button>
        <button
          type="button"
          className={notesOpen ? 'dock-button is-active' : 'dock-button'}
          aria-pressed={notesOpen}
          onClick={() => (notesOpen ? closeNotes() : openNotes())}
          title={`Sticky notes (${SHORTCUT_HINTS.notes})`}
          aria-keyshortcuts={ariaKeys('K')}
        >
          <NoteIcon />
          <span>Notes</span>
          <span className="dock-button__count" data-testid="notes-count-badge">
            {noteCount}
            <span className="visually-hidden"> in this phase</span>
          </span>
        </button>
        <button type="button" className="dock-button" onClick={() => openModal('vote')} title={`Vote (${SHORTCUT_HINTS.vote})`} aria-keyshortcuts={ariaKeys('Y')}>
          <VoteIcon />
          <span>Vote</span>
          {openVotes > 0 && (
            <span className="dock-button__count dock-button__count--live">
              {openVotes}
              <span className="visually-hidden"> in progress</span>
            </span>
          )}
        </button>
      </div>
      <Suspense fallback={null}>
        {notesOpen && <NotesPanel.Component phase={phase} readOnly={readOnly} />}
        {modal === 'parkingLot' && <ParkingLotDrawer.Component phase={phase} readOnly={readOnly} onClose={closeModal} />}
        {modal === 'vote' && <VoteDialog.Component readOnly={readOnly} onClose={closeModal} />}
      </Suspense>
    </>
  );
});

function ariaKeys(letter: string): string {
  return `Control+Shift+${letter} Meta+Shift+${letter}`;
}

const svg = { className: 'icon', viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true, focusable: 'false' } as const;

function ParkIcon() {
  return (
    <svg {...svg}>
      <path d="M4 4h16v16H4zM9.5 16.5V8h3.25a2.75 2.75 0 010 5.5H9.5" />
    </svg>
  );
}

function NoteIcon() {
  return (
    <svg {...svg}>
      <path d="M4 4h16v10l-6 6H4zM14 20v-6h6" />
    </svg>
  );
}

function VoteIcon() {
  return (
    <svg {...svg}>
      <path d="M7 12.5l3.5 3.5L18 8.5M12 21a9 9 0 100-18 9 9 0 000 18z" />
    </svg>
  );
}
