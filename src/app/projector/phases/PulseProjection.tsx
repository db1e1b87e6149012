/**
 * The pulse result for the room: the console's chart, larger. Shows as many statements as fit
 * (biggest gaps first) and says how many more there are, rather than shrinking the type.
 */
import { selectParticipants, selectPulse, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import { nounFor } from '../../../domain/countNoun';
import { NOUNS } from '../../../domain/labels';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { PulseChart } from '../../phases/pulse/PulseChart';
import { usePulseSummary } from '../../phases/pulse/usePulseSummary';
import '../../phases/pulse/pulseProjection.css';

export function PulseProjection() {
  const pulse = useWorkshop(selectPulse);
  const participants = useWorkshop(selectParticipants);
  const teams = useWorkshop(selectTeams);
  const rows = usePulseSummary(pulse, participants, teams);
  const numbers = useMemo(() => new Map(pulse.statements.map((s, i) => [s.id, i + 1])), [pulse.statements]);
  const scored = rows.filter((row) => row.averages.length > 0);
  const frameRef = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<number>(scored.length);
  const [measureKey, setMeasureKey] = useState(0);

  // Start again from "everything" whenever the content or the window changes, then trim.
  useLayoutEffect(() => setFit(scored.length), [rows, measureKey, scored.length]);
  useLayoutEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    // Within the frame, which the projector layout sizes to the room left above the "more" line.
    const bottom = frame.getBoundingClientRect().bottom + 1;
    const items = [...frame.querySelectorAll<HTMLElement>('[data-testid="pulse-chart-item"]')];
    const inside = items.filter((item) => item.getBoundingClientRect().bottom <= bottom).length;
    if (inside < items.length) setFit(Math.max(1, inside));
  });
  useLayoutEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    let width = window.innerWidth;
    let height = window.innerHeight;
    const onResize = () => {
      if (window.innerWidth === width && window.innerHeight === height) return;
      width = window.innerWidth;
      height = window.innerHeight;
      setMeasureKey((k) => k + 1);
    };
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  if (scored.length === 0) {
    return (
      <div className="pulse-projection pulse-projection--empty" data-testid="pulse-projection">
        <p className="pulse-projection__lead">Everyone scores the same statements from 1 to 5. The result appears here, team by team.</p>
      </div>
    );
  }
  const hidden = scored.length - Math.min(fit, scored.length);
  return (
    <div className="pulse-projection" data-testid="pulse-projection">
      <p className="pulse-projection__lead">Average score per team · 1 strongly disagree, 5 strongly agree · biggest gaps first</p>
      <div className="pulse-projection__frame" ref={frameRef}>
        <PulseChart rows={scored} teams={teams} numbers={numbers} variant="projector" limit={fit} />
      </div>
      {hidden > 0 && (
        <p className="pulse-projection__more" data-testid="pulse-projection-more">
          + {hidden} more {nounFor(hidden, NOUNS.statement)} with smaller gaps
        </p>
      )}
    </div>
  );
}
