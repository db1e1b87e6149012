/**
 * How far ahead or behind the day's plan the room is, and when the day is expected to end
 * (dayProgress): it ticks locally, like the timer, and reaches the host never.
 */
import { dayProgress, describePlanStatus, formatMinutes } from '../../domain/dayProgress';
import { Icon } from '../components/Icon';
import { selectAgenda, selectCurrentPhase, selectTimeSpent, selectTimer, useWorkshop } from '../stores/workshopSelectors';
import { formatBackAt } from '../timer/formatBackAt';
import { useNow } from '../timer/timerState';

/** Behind by this much or more is said in red rather than amber. */
const FAR_BEHIND_MINUTES = 15;

const clockTime = (ms: number) => formatBackAt(new Date(ms).toISOString());

export function DayPlan() {
  const agenda = useWorkshop(selectAgenda);
  const currentPhase = useWorkshop(selectCurrentPhase);
  const timer = useWorkshop(selectTimer);
  const timeSpent = useWorkshop(selectTimeSpent);
  // The plan moves while the timer runs, while it is paused (the day goes on), and before it starts ("if it starts now").
  const now = useNow(true, timer?.runningSince ?? null);
  if (!timer) return null;
  const progress = dayProgress({ agenda, currentPhase, timer, timeSpent }, now);
  const { status } = progress;
  const tone = status.kind === 'behind' ? (status.minutes >= FAR_BEHIND_MINUTES ? 'far-behind' : 'behind') : status.kind === 'notStarted' ? 'idle' : 'on-plan';
  const plannedMinutes = Math.round((progress.plannedEnd - progress.dayStart) / 60_000);
  return (
    <p className={`day-plan day-plan--${tone}`} data-testid="day-plan" data-status={status.kind} data-delay-seconds={progress.delaySeconds}>
      {status.kind === 'notStarted' ? (
        <>
          <span className="day-plan__status">Day plan {formatMinutes(plannedMinutes)}</span>
          <span className="day-plan__end">ends {clockTime(progress.expectedEnd)} if it starts now</span>
        </>
      ) : (
        <>
          <span className="day-plan__status" data-testid="day-plan-status">
            {status.kind === 'behind' ? <Icon name="alert" /> : <Icon name="check" />}
            {describePlanStatus(status)}
          </span>
          <span className="day-plan__end" data-testid="day-plan-end">
            ends {status.kind === 'onPlan' ? '' : 'about '}
            {clockTime(progress.expectedEnd)}
            {status.kind === 'onPlan' ? '' : ` (planned ${clockTime(progress.plannedEnd)})`}
          </span>
        </>
      )}
    </p>
  );
}
