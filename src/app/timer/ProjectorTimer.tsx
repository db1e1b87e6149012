/**
 * The time left on the current phase, as the room sees it: big and calm in the top corner,
 * only once the facilitator has started the timer for this phase. Amber with "Almost time" in
 * the last two minutes, red with "Over by" after; the colour never speaks alone.
 */
import { memo } from 'react';
import type { AgendaItem, Workshop } from '../../domain/workshopSchema';
import { Icon } from '../components/Icon';
import { selectAgenda, selectCurrentPhase, selectTimer, useWorkshop } from '../stores/workshopSelectors';
import { currentAgendaItem, formatClock, readTimer, useNow } from './timerState';
import './timer.css';

export function ProjectorTimer() {
  const agenda = useWorkshop(selectAgenda);
  const currentPhase = useWorkshop(selectCurrentPhase);
  const timer = useWorkshop(selectTimer);
  const item = currentAgendaItem({ agenda, currentPhase });
  if (!item || !timer || timer.agendaItemId !== item.id) return null;
  return <CornerClock timer={timer} item={item} />;
}

const CornerClock = memo(function CornerClock({ timer, item }: { timer: Workshop['timer']; item: AgendaItem }) {
  const now = useNow(timer.runningSince !== null, timer.runningSince);
  const reading = readTimer(timer, item, now);
  if (!reading.started) return null;
  const over = reading.tone === 'over';
  const status = over ? 'Over by' : reading.tone === 'warn' ? 'Almost time' : reading.running ? 'left' : 'Paused';
  return (
    <aside className={`projector-timer projector-timer--${reading.tone}`} aria-label="Time left on this phase" data-testid="projector-timer" data-tone={reading.tone}>
      {over && (
        <span className="projector-timer__status">
          <Icon name="alert" />
          {status}
        </span>
      )}
      <span className="projector-timer__clock" data-testid="projector-timer-clock">
        {formatClock(reading.remainingSeconds)}
      </span>
      {!over && (
        <span className="projector-timer__status">
          {reading.tone === 'warn' && <Icon name="alert" />}
          {status}
          {!reading.running && reading.tone === 'warn' ? ' · paused' : ''}
        </span>
      )}
    </aside>
  );
});
