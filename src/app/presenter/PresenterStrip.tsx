/**
 * The console's presenter strip, under the phase bar (never on the projector): the current agenda
 * item's timer with its controls and what comes next (AgendaTimer); how far ahead or behind the
 * day's plan the room is and when the day is expected to end; live counts from the checks; and
 * the room's view in miniature. The details fold away to the timer alone, remembered while the
 * window is open.
 */
import { Suspense, useEffect, useId, useState } from 'react';
import { preloadableLazy, soonWhenIdle } from '../components/preloadableLazy';
import { setPresenterDetails, useUiStore } from '../stores/uiStore';
import { AgendaTimer } from '../timer/AgendaTimer';
import { CheckCounts } from './CheckCounts';
import { DayPlan } from './DayPlan';
import './presenterStrip.css';

// The projections come with the miniature: out of the console's first script.
const Miniature = preloadableLazy(() => import('./RoomMiniature').then((module) => module.RoomMiniature));

export function PresenterStrip({ readOnly }: { readOnly: boolean }) {
  const open = useUiStore((s) => s.presenterDetails);
  const detailsId = useId();
  // The miniature waits for an idle moment after start: fetching it (and every projection) at
  // once would compete with the first paint of the phase the facilitator is waiting for.
  const [miniatureReady, setMiniatureReady] = useState(Miniature.isLoaded);
  useEffect(() => soonWhenIdle(() => void Miniature.preload().then(() => setMiniatureReady(true), () => {})), []);
  return (
    <div className="presenter-strip" data-testid="presenter-strip" data-open={open}>
      <div className="presenter-strip__main">
        <AgendaTimer readOnly={readOnly} />
        {open && (
          <section className="presenter-strip__details" id={detailsId} aria-label="Day plan and checks">
            <DayPlan />
            <CheckCounts />
          </section>
        )}
      </div>
      {open &&
        (miniatureReady ? (
          <Suspense fallback={<div className="room-miniature room-miniature--loading" />}>
            <Miniature.Component />
          </Suspense>
        ) : (
          <div className="room-miniature room-miniature--loading" />
        ))}
      <button
        type="button"
        className="icon-button presenter-strip__toggle"
        aria-expanded={open}
        aria-controls={open ? detailsId : undefined}
        aria-label={open ? 'Hide the day plan, checks and room view' : 'Show the day plan, checks and room view'}
        title={open ? 'Hide the day plan, checks and room view' : 'Show the day plan, checks and room view'}
        onClick={() => setPresenterDetails(!open)}
      >
        <svg className="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
          <path d={open ? 'M6 15l6-6 6 6' : 'M6 9l6 6 6-6'} />
        </svg>
      </button>
    </div>
  );
}
