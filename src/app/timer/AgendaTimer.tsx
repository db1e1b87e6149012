/**
 * The facilitator's timer for the current phase's agenda item, under the phase bar: time left,
 * start/pause, +5 min and reset. Amber in the last two minutes, red with "over by" after.
 * It ticks locally; only start, pause, +5 and reset reach the host.
 */
import { memo } from 'react';
import { PHASES } from '../../domain/phases';
import type { AgendaItem, Workshop } from '../../domain/workshopSchema';
import { Icon } from '../components/Icon';
import { dispatchCommand } from '../stores/sessionStore';
import { selectAgenda, selectCurrentPhase, selectTimer, useWorkshop } from '../stores/workshopSelectors';
import { currentAgendaItem, formatClock, nextAgendaItem, readTimer, useNow, type TimerReading } from './timerState';
import './timer.css';

export function AgendaTimer({ readOnly }: { readOnly: boolean }) {
  const agenda = useWorkshop(selectAgenda);
  const currentPhase = useWorkshop(selectCurrentPhase);
  const timer = useWorkshop(selectTimer);
  const item = currentAgendaItem({ agenda, currentPhase });
  if (!item || !timer) return null;
  const other = timer.agendaItemId && timer.agendaItemId !== item.id ? agenda.find((a) => a.id === timer.agendaItemId) : undefined;
  return <TimerStrip timer={timer} item={item} next={nextAgendaItem({ agenda, currentPhase })} other={other} readOnly={readOnly} />;
}

interface StripProps {
  timer: Workshop['timer'];
  item: AgendaItem;
  /** What comes after this phase on today's agenda, if anything. */
  next: AgendaItem | undefined;
  /** The agenda item the timer last ran for, when it is not the current phase's. */
  other: AgendaItem | undefined;
  readOnly: boolean;
}

const TimerStrip = memo(function TimerStrip({ timer, item, next, other, readOnly }: StripProps) {
  const otherRunning = other !== undefined && timer.runningSince !== null;
  const now = useNow(timer.runningSince !== null, timer.runningSince);
  const reading = readTimer(timer, item, now);
  const otherReading = other ? readTimer(timer, other, now) : null;
  const label = PHASES[item.phase].label;
  const start = () => void dispatchCommand({ type: 'startTimer', agendaItemId: item.id });
  const pause = () => void dispatchCommand({ type: 'pauseTimer' });
  const addFive = () => void dispatchCommand({ type: 'addTimerMinutes', minutes: 5 });
  const reset = () => void dispatchCommand({ type: 'resetTimer' });

  const mine = timer.agendaItemId === item.id;
  return (
    <section className={`agenda-timer agenda-timer--${reading.tone}`} aria-label="Timer" data-testid="agenda-timer" data-tone={reading.tone} data-running={reading.running}>
      <div className="agenda-timer__inner">
        <div className="agenda-timer__what">
          <Icon name="clock" />
          <span className="agenda-timer__label">
            <span className="agenda-timer__phase">{label}</span>
            <span className="agenda-timer__box">
              {item.minutes} min time box
              {mine && timer.extraMinutes > 0 ? ` + ${timer.extraMinutes} min` : ''}
            </span>
          </span>
        </div>

        <p className="agenda-timer__next" data-testid="timer-next">
          {next ? (
            <>
              Next: <span className="agenda-timer__next-phase">{PHASES[next.phase].label}</span> · {next.minutes} min
            </>
          ) : (
            'Last phase of the day'
          )}
        </p>

        {otherReading && (otherRunning || otherReading.started) && (
          <p className="agenda-timer__other" data-testid="timer-other">
            {otherRunning ? 'Still running on' : 'Paused on'} {PHASES[other!.phase].label} ·{' '}
            {otherReading.remainingSeconds < 0 ? `over by ${formatClock(otherReading.remainingSeconds)}` : `${formatClock(otherReading.remainingSeconds)} left`}
          </p>
        )}

        <div className="agenda-timer__reading">
          <StatusText reading={reading} />
          <span className="agenda-timer__clock" role="timer" aria-label={clockLabel(reading)} data-testid="timer-remaining" data-seconds={reading.remainingSeconds}>
            {formatClock(reading.remainingSeconds)}
          </span>
          {reading.remainingSeconds >= 0 && reading.started && <span className="agenda-timer__suffix">left</span>}
        </div>

        {!readOnly && (
          <div className="agenda-timer__controls">
            {reading.running ? (
              <button key="pause" type="button" className="button button--small" onClick={pause}>
                <PauseIcon />
                Pause
              </button>
            ) : (
              <button key="start" type="button" className="button button--primary button--small" onClick={start} title={otherRunning ? `Stops the timer on ${PHASES[other!.phase].label}` : undefined}>
                <PlayIcon />
                {reading.started ? 'Resume' : 'Start'}
              </button>
            )}
            <button type="button" className="button button--quiet button--small" onClick={addFive} disabled={!mine} title="Add 5 minutes to this time box">
              +5 min
            </button>
            <button type="button" className="icon-button" onClick={reset} disabled={!reading.started} aria-label="Reset the timer" title="Reset">
              <ResetIcon />
            </button>
          </div>
        )}
      </div>
      {/* Spoken once when the state changes, not every second. */}
      <p className="visually-hidden" aria-live="polite">
        {reading.tone === 'warn' ? `Two minutes or less left on ${label}.` : reading.tone === 'over' ? `${label} is over time.` : ''}
      </p>
    </section>
  );
});

function StatusText({ reading }: { reading: TimerReading }) {
  const text =
    reading.tone === 'over' ? 'Over by' : reading.tone === 'warn' ? (reading.running ? 'Almost time' : 'Paused · almost time') : !reading.started ? 'Not started' : reading.running ? '' : 'Paused';
  if (!text) return null;
  return (
    <span className="agenda-timer__status" data-testid="timer-status">
      {(reading.tone === 'over' || reading.tone === 'warn') && <Icon name="alert" />}
      {text}
    </span>
  );
}

function clockLabel(reading: TimerReading): string {
  const clock = formatClock(reading.remainingSeconds);
  return reading.remainingSeconds < 0 ? `Over by ${clock}` : `${clock} left`;
}

const svg = { className: 'icon', viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true, focusable: 'false' } as const;

function PlayIcon() {
  return (
    <svg {...svg}>
      <path d="M7 5l12 7-12 7V5z" fill="currentColor" />
    </svg>
  );
}

function PauseIcon() {
  return (
    <svg {...svg}>
      <path d="M8 5v14M16 5v14" />
    </svg>
  );
}

function ResetIcon() {
  return (
    <svg {...svg}>
      <path d="M4 12a8 8 0 108-8 8.5 8.5 0 00-6 2.5L4 8.5M4 4v4.5h4.5" />
    </svg>
  );
}
