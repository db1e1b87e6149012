/**
 * One stage's responsibility matrix: rows are activities, columns are teams, each cell four
 * toggles R/A/C/I. Keyboard: one tab stop per row; arrows move between toggles (up/down keep
 * the column), Space/Enter toggles, and R/A/C/I toggle that role in the focused cell.
 * Only the rows near the viewport are rendered (useRowWindow), with the row holding the focus
 * always among them; the table tells assistive technology how many rows there are in all.
 */
import { Fragment, memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { PROBLEM_LABELS, type ResponsibilityReport } from '../../../domain/checkResponsibilities';
import { displayName } from '../../../domain/displayNames';
import { RACI_ROLE_LABELS, RACI_ROLE_ORDER } from '../../../domain/labels';
import { isSerious } from '../../../domain/summarizeChecks';
import type { Activity, RaciRole, Stage, Team } from '../../../domain/workshopSchema';
import { Icon } from '../../components/Icon';
import { TeamBadge } from '../../components/TeamBadge';
import { TextArea } from '../../components/TextArea';
import { paintBeforeEcho } from '../../stores/paintBeforeEcho';
import { dispatchCommand, undo } from '../../stores/sessionStore';
import { showToast } from '../../stores/toastStore';
import { teamSlot, teamStyle, type TeamSlot } from '../../theme/teamColours';
import { LeadPicker } from './LeadPicker';
import { revealAndFlash } from './revealAndFlash';
import { useRowWindow } from './useRowWindow';
import { useFocusWhenAdded } from '../common/useFocusWhenAdded';


interface StageMatrixProps {
  stage: Stage;
  index: number;
  stages: Stage[];
  teams: Team[];
  activities: Activity[];
  report: ResponsibilityReport;
  readOnly: boolean;
  /** An activity being brought into view (a jump from the checks): rendered wherever the viewport is. */
  revealId?: string | null;
  /** Called once the row of `revealId` has been shown and focused. */
  onRevealed?: () => void;
}

/** A row's usual height (a one-line name, its description, a problem line) until it is measured. */
const ROW_ESTIMATE = 70;
const NO_IDS: ReadonlySet<string> = new Set();

export function StageMatrix({ stage, index, stages, teams, activities, report, readOnly, revealId = null, onRevealed }: StageMatrixProps) {
  /** A new activity, whose name field takes the focus as it arrives. */
  const { pendingId: focusId, addThenFocus } = useFocusWhenAdded(activities, (id) =>
    document.querySelector<HTMLInputElement>(`[data-activity-id="${CSS.escape(id)}"] [name="activityName"]`),
  );
  /** A toggle to focus in a row the window has not rendered yet (arrow keys). */
  const [focusToggle, setFocusToggle] = useState<{ index: number; at: number } | null>(null);
  /** Activities whose details (description, stage, delete) are open. */
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(NO_IDS);
  /** The row holding the focus stays rendered while the page scrolls away from it. */
  const focusedRow = useRef<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const stageProblems = (report.byStage.get(stage.id) ?? []).filter((p) => p.activityId === null);
  const name = displayName(stage.name, 'stage');
  const indexOf = useMemo(() => new Map(activities.map((a, i) => [a.id, i])), [activities]);

  const rowWindow = useRowWindow({
    count: activities.length,
    keyOf: useCallback((i: number) => activities[i]!.id, [activities]),
    headRef,
    pinned: () => [focusedRow.current, focusId, revealId].map((id) => (id ? (indexOf.get(id) ?? -1) : -1)).concat(focusToggle ? [focusToggle.index] : []),
    pinKey: `${focusId}|${revealId}|${focusToggle?.index}`,
    estimate: ROW_ESTIMATE,
    measure: rowHeight,
  });

  // The row is pinned, so it renders as soon as the window is up.
  useEffect(() => {
    if (!revealId) return;
    const row = tableRef.current?.querySelector<HTMLElement>(`tr[data-activity-id="${CSS.escape(revealId)}"]`);
    if (!row) return;
    revealAndFlash(row, row.querySelector<HTMLElement>('[name="activityName"]'));
    onRevealed?.();
  }, [revealId, rowWindow.rows, onRevealed]);

  useEffect(() => {
    if (!focusToggle) return;
    const toggles = tableRef.current?.querySelectorAll<HTMLButtonElement>(`tr[data-index="${focusToggle.index}"] [data-raci-toggle]`);
    const button = toggles?.[focusToggle.at];
    if (button) focusToggleButton(button);
    setFocusToggle(null);
  }, [focusToggle]);

  const add = () => {
    const id = crypto.randomUUID();
    return addThenFocus(id, { type: 'addItem', collection: 'activities', item: { id, stageId: stage.id, name: '', description: '', roles: [] } });
  };

  const count = activities.length;
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLTableElement>) => matrixKeys(event, tableRef.current, count, (index, at) => setFocusToggle({ index, at })), [count]);
  const onFocus = useCallback((event: FocusEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('tr[data-activity-id], tr[data-details-of]');
    focusedRow.current = row ? (row.dataset.activityId ?? row.dataset.detailsOf ?? null) : null;
    // A toggle focused by pointer becomes its row's tab stop too.
    if (target.hasAttribute('data-raci-toggle') && target.getAttribute('tabindex') !== '0') moveTabStop(target as HTMLButtonElement);
  }, []);
  const onBlur = useCallback((event: FocusEvent<HTMLTableElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focusedRow.current = null;
  }, []);
  const toggleOpen = useCallback((id: string) => {
    setOpenIds((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  // Row numbers for assistive technology, counting the head row and open details rows.
  const openIndexes = [...openIds].map((id) => indexOf.get(id)).filter((i): i is number => i !== undefined);
  const rowNumber = (i: number) => 2 + i + openIndexes.filter((o) => o < i).length;
  const columns = teams.length + 2;

  return (
    <section className="raci-stage" aria-labelledby={`stage-matrix-${stage.id}`} data-testid="stage-matrix" data-stage-id={stage.id}>
      <header className="raci-stage__head">
        <div className="raci-stage__title-wrap">
          <p className="raci-stage__eyebrow">Stage {index + 1}</p>
          <h3 id={`stage-matrix-${stage.id}`} className="raci-stage__title">
            {name}
          </h3>
          {stage.customerGoal && <p className="raci-stage__goal">{stage.customerGoal}</p>}
        </div>
        <LeadPicker stage={stage} teams={teams} readOnly={readOnly} />
      </header>
      {stageProblems.length > 0 && (
        <ul className="raci-problems raci-problems--stage" data-testid="stage-problems">
          {stageProblems.map((p) => (
            <li key={p.kind} className="raci-problem" data-kind={p.kind}>
              <Icon name="alert" />
              <span>
                <strong>{PROBLEM_LABELS[p.kind]}.</strong> {p.message}
              </span>
            </li>
          ))}
        </ul>
      )}

      {activities.length === 0 ? (
        <p className="raci-stage__empty">No activities yet. What does each team do for the customer in {name}? Add one per line, then give every team its role.</p>
      ) : (
        <div className="raci-stage__scroll">
          <table className="raci-matrix" ref={tableRef} onKeyDown={onKeyDown} onFocus={onFocus} onBlur={onBlur} aria-rowcount={1 + activities.length + openIndexes.length} data-testid="raci-matrix">
            <caption className="visually-hidden">Responsibilities in {name}: R responsible, A accountable, C consulted, I informed</caption>
            <thead ref={headRef}>
              <tr aria-rowindex={1}>
                <th scope="col" className="raci-matrix__activity-head">
                  Activity
                </th>
                {teams.map((team) => (
                  <th scope="col" key={team.id} className="raci-matrix__team-head">
                    <TeamBadge team={team} teams={teams} />
                    <span className="raci-matrix__letters" aria-hidden="true">
                      R A C I
                    </span>
                  </th>
                ))}
                <th scope="col" className="raci-matrix__actions-head">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            {rowWindow.before > 0 && (
              <tbody aria-hidden="true">
                <SpacerRow height={rowWindow.before} columns={columns} />
              </tbody>
            )}
            <tbody>
              {rowWindow.rows.map(({ index: i, key, gapBefore }) => {
                const activity = activities[i]!;
                return (
                  <Fragment key={key}>
                    {gapBefore > 0 && <SpacerRow height={gapBefore} columns={columns} />}
                    <ActivityRow
                      activity={activity}
                      index={i}
                      rowNumber={rowNumber(i)}
                      teams={teams}
                      stages={stages}
                      problems={problemText(report, activity.id)}
                      readOnly={readOnly}
                      open={openIds.has(activity.id)}
                      onToggleOpen={toggleOpen}
                      measureRef={rowWindow.measureRef}
                    />
                  </Fragment>
                );
              })}
            </tbody>
            {rowWindow.after > 0 && (
              <tbody aria-hidden="true">
                <SpacerRow height={rowWindow.after} columns={columns} />
              </tbody>
            )}
          </table>
        </div>
      )}
      {!readOnly && (
        <button type="button" className="button raci-stage__add" onClick={() => void add()}>
          <Icon name="plus" />
          Add activity
        </button>
      )}
    </section>
  );
}

/** Stands in for rows the window has not rendered, so the page keeps its scroll height. */
function SpacerRow({ height, columns }: { height: number; columns: number }) {
  return (
    <tr className="raci-matrix__spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}

/** A rendered row's height with its open details row, which belongs to it. */
function rowHeight(row: HTMLElement): number {
  const next = row.nextElementSibling as HTMLElement | null;
  return row.offsetHeight + (next && next.dataset.detailsOf === row.dataset.activityId ? next.offsetHeight : 0);
}

/**
 * The row shows the first line of its description (CSS clamps it): cut a long one well past
 * what a line can hold, so that layout does not shape thousands of hidden characters per row.
 */
const PREVIEW_CHARS = 400;
const preview = (text: string) => (text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text);

/** The row's problems as one stable string ("kind\tmessage" lines), so unchanged rows skip rendering. */
function problemText(report: ResponsibilityReport, activityId: string): string {
  const problems = report.byActivity.get(activityId);
  return problems ? problems.map((p) => `${p.kind}\t${p.message}`).join('\n') : '';
}

interface ActivityRowProps {
  activity: Activity;
  /** Its place in the stage (the row window's index). */
  index: number;
  /** Its row number in the whole table, for assistive technology. */
  rowNumber: number;
  teams: Team[];
  stages: Stage[];
  problems: string;
  readOnly: boolean;
  open: boolean;
  onToggleOpen: (activityId: string) => void;
  measureRef: (row: HTMLElement | null) => void;
}

const ActivityRow = memo(function ActivityRow({ activity, index, rowNumber, teams, stages, problems, readOnly, open, onToggleOpen, measureRef }: ActivityRowProps) {
  const rowRef = useRef<HTMLTableRowElement | null>(null);
  const ref = useCallback(
    (row: HTMLTableRowElement | null) => {
      rowRef.current = row;
      measureRef(row);
    },
    [measureRef],
  );
  // Opening or closing the details changes the row's height without resizing the row itself.
  const opened = useRef(open);
  useLayoutEffect(() => {
    if (opened.current !== open && rowRef.current) measureRef(rowRef.current);
    opened.current = open;
  }, [open, measureRef]);
  const name = displayName(activity.name, 'activity');
  const update = (patch: Partial<Omit<Activity, 'id'>>) => dispatchCommand({ type: 'updateItem', collection: 'activities', id: activity.id, patch });
  const remove = async () => {
    if (await dispatchCommand({ type: 'removeItem', collection: 'activities', id: activity.id })) {
      showToast({ kind: 'info', message: `Removed “${name}”.`, action: { label: 'Undo', run: () => void undo() } });
    }
  };
  const lines = problems ? problems.split('\n').map((line) => line.split('\t') as [keyof typeof PROBLEM_LABELS, string]) : [];
  const serious = lines.some(([kind]) => isSerious(kind));
  return (
    <>
      <tr
        ref={ref}
        className={`raci-matrix__row${lines.length ? (serious ? ' has-serious' : ' has-problem') : ''}`}
        aria-rowindex={rowNumber}
        data-index={index}
        data-activity-id={activity.id}
        data-testid="activity-row"
      >
        <td className="raci-matrix__activity">
          <ActivityNameField activityId={activity.id} name={activity.name} readOnly={readOnly} />
          {!open && activity.description && <p className="raci-matrix__description">{preview(activity.description)}</p>}
          {lines.length > 0 && (
            <ul className="raci-problems" data-testid="activity-problems">
              {lines.map(([kind, message]) => (
                <li key={kind} className={`raci-problem${isSerious(kind) ? ' is-serious' : ''}`} data-kind={kind}>
                  <Icon name={isSerious(kind) ? 'errorCircle' : 'alert'} />
                  <span>{message}</span>
                </li>
              ))}
            </ul>
          )}
        </td>
        {teams.map((team, t) => (
          <RaciCell key={team.id} activity={activity} team={team} slot={teamSlot(team, teams)} activityName={name} tabStop={t === 0} readOnly={readOnly} />
        ))}
        <td className="raci-matrix__actions">
          <button
            type="button"
            className="icon-button"
            aria-expanded={open}
            aria-label={`Details of ${name}`}
            title="Description, stage, delete"
            onClick={() => onToggleOpen(activity.id)}
          >
            <Icon name="pencil" />
          </button>
        </td>
      </tr>
      {open && (
        <tr className="raci-matrix__details" aria-rowindex={rowNumber + 1} data-details-of={activity.id} data-testid="activity-details">
          <td colSpan={teams.length + 2}>
            <div className="raci-matrix__details-grid">
              <label className="field">
                <span className="field__label">Description</span>
                <TextArea name="activityDescription" value={activity.description} rows={2} maxLength={10_000} disabled={readOnly} placeholder="What happens, and for whom" onCommit={(value) => update({ description: value })} />
              </label>
              <label className="field">
                <span className="field__label">Stage</span>
                <select className="select" value={activity.stageId} disabled={readOnly} onChange={(event) => void update({ stageId: event.target.value })}>
                  {stages.map((s, i) => (
                    <option key={s.id} value={s.id}>
                      {i + 1}. {displayName(s.name, 'stage')}
                    </option>
                  ))}
                </select>
              </label>
              {!readOnly && (
                <button type="button" className="button raci-matrix__delete" onClick={() => void remove()}>
                  <Icon name="trash" />
                  Delete activity
                </button>
              )}
            </div>
          </td>
        </tr>
      )}
    </>
  );
});

interface RaciCellProps {
  activity: Activity;
  team: Team;
  slot: TeamSlot;
  /** The activity's display name, for the toggles' labels. */
  activityName: string;
  /** The row's tab stop is this cell's first toggle. */
  tabStop: boolean;
  readOnly: boolean;
}

/**
 * One team's four toggles in a row. A toggle shows its flip at once, ahead of the host, and
 * only this cell renders for it; the host's answer replaces the flip (a new activity object
 * ends it, and the row renders with it).
 */
const RaciCell = memo(function RaciCell({ activity, team, slot, activityName, tabStop, readOnly }: RaciCellProps) {
  const [optimistic, setOptimistic] = useState<{ base: Activity; on: Partial<Record<RaciRole, boolean>> } | null>(null);
  const overrides = optimistic && optimistic.base === activity ? optimistic.on : null;
  const toggle = (role: RaciRole, on: boolean) => {
    paintBeforeEcho();
    setOptimistic((current) => ({ base: activity, on: { ...(current && current.base === activity ? current.on : {}), [role]: !on } }));
    void dispatchCommand({ type: 'setRole', activityId: activity.id, teamId: team.id, role, assigned: !on }).then((ok) => {
      if (!ok) setOptimistic(null);
    });
  };
  return (
    <td
      className="raci-matrix__cell"
      style={teamStyle(slot)}
      // Set while a toggle shows ahead of the host; the host's patch clears it (npm run bench waits on it).
      data-awaiting-host={overrides ? '' : undefined}
    >
      <div className="raci-cell" role="group" aria-label={`${team.name} in ${activityName}`} data-team-id={team.id}>
        {RACI_ROLE_ORDER.map((role, r) => {
          const on = overrides?.[role] ?? activity.roles.some((x) => x.teamId === team.id && x.role === role);
          return (
            <button
              key={role}
              type="button"
              className={`raci-toggle raci-toggle--${role}`}
              aria-pressed={on}
              aria-label={`${RACI_ROLE_LABELS[role]}: ${team.name}`}
              title={`${team.name} ${RACI_ROLE_LABELS[role].toLowerCase()} for ${activityName} (press ${role})`}
              tabIndex={tabStop && r === 0 ? 0 : -1}
              disabled={readOnly}
              data-role={role}
              data-raci-toggle=""
              onClick={() => toggle(role, on)}
            >
              {role}
            </button>
          );
        })}
      </div>
    </td>
  );
});

/** The activity's name; it re-renders only when the name or the lock changes, not when the host's patch changes another part of the activity (a role, its description). */
const ActivityNameField = memo(function ActivityNameField({ activityId, name, readOnly }: { activityId: string; name: string; readOnly: boolean }) {
  return (
    <TextArea
      className="input raci-matrix__name"
      name="activityName"
      aria-label="Activity name"
      placeholder="Name this activity"
      value={name}
      rows={1}
      maxLength={300}
      disabled={readOnly}
      // A name is one line: Enter leaves it as it is instead of breaking it.
      onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
      onCommit={(value) => dispatchCommand({ type: 'updateItem', collection: 'activities', id: activityId, patch: { name: value } })}
    />
  );
});

/**
 * Arrow keys, Home/End and the role letters inside the matrix; one tab stop per row. Up/down
 * to a row the window has not rendered asks for it (`reveal`), and it is focused once rendered.
 */
function matrixKeys(event: KeyboardEvent<HTMLTableElement>, table: HTMLTableElement | null, count: number, reveal: (index: number, at: number) => void): void {
  const target = event.target as HTMLElement;
  if (!table || !target.hasAttribute('data-raci-toggle') || event.altKey || event.ctrlKey || event.metaKey) return;
  const row = target.closest('tr')!;
  const inRow = [...row.querySelectorAll<HTMLButtonElement>('[data-raci-toggle]')];
  const at = inRow.indexOf(target as HTMLButtonElement);
  let next: HTMLButtonElement | undefined;
  const key = event.key;
  if (key === 'ArrowRight') next = inRow[at + 1];
  else if (key === 'ArrowLeft') next = inRow[at - 1];
  else if (key === 'Home') next = inRow[0];
  else if (key === 'End') next = inRow.at(-1);
  else if (key === 'ArrowDown' || key === 'ArrowUp') {
    const index = Number(row.dataset.index) + (key === 'ArrowDown' ? 1 : -1);
    const other = table.querySelector<HTMLTableRowElement>(`tr[data-index="${index}"]`);
    if (other) next = [...other.querySelectorAll<HTMLButtonElement>('[data-raci-toggle]')][at];
    else if (index >= 0 && index < count) {
      event.preventDefault();
      reveal(index, at);
      return;
    }
  } else if (/^[raci]$/i.test(key) && !event.shiftKey) {
    const cell = target.closest('[data-team-id]');
    const button = cell?.querySelector<HTMLButtonElement>(`[data-role="${key.toUpperCase()}"]`);
    if (button && !button.disabled) {
      event.preventDefault();
      button.click();
      focusToggleButton(button);
    }
    return;
  } else return;
  event.preventDefault();
  if (next) focusToggleButton(next);
}

/** Moves the row's single tab stop to `button` (the DOM keeps it across renders: the prop never changes). */
function moveTabStop(button: HTMLButtonElement): void {
  const row = button.closest('tr');
  row?.querySelectorAll<HTMLButtonElement>('[data-raci-toggle][tabindex="0"]').forEach((b) => b.setAttribute('tabindex', '-1'));
  button.setAttribute('tabindex', '0');
}

function focusToggleButton(button: HTMLButtonElement): void {
  moveTabStop(button);
  button.focus();
}
