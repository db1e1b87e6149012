/**
 * Goals & incentives: shared goals, each team's own metrics (both in the goals collection,
 * told apart by kind), and which incentives are shared or individual, with gentle hints where
 * the articles warn.
 */
import { memo, useCallback, useMemo } from 'react';
import type { Team, Workshop } from '../../../domain/workshopSchema';
import { LIMITS } from '../../../domain/workshopSchema';
import { GOAL_HINT_MESSAGES, goalHints } from '../../../domain/goalHints';
import { GOAL_KIND_LABELS, INCENTIVE_KIND_LABELS } from '../../../domain/labels';
import { newGoal, newIncentive } from '../../../domain/newItems';
import { groupGoals } from '../../../domain/groupGoals';
import { dispatchCommand } from '../../stores/sessionStore';
import { CollectionSection, Hint, ItemCard, moveItemStep, named, removeItemWithUndo, SegmentedControl, TeamPicker, TextField, useFocusNewItem } from '../common';
import type { PhaseViewProps } from '../phaseViews';
import { selectGoals, selectIncentives, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import './goals.css';

type Goal = Workshop['goals'][number];
type Incentive = Workshop['incentives'][number];

const GOAL_KINDS = (['shared', 'team'] as const).map((value) => ({ value, label: GOAL_KIND_LABELS[value] }));
const INCENTIVE_KINDS = (['shared', 'individual'] as const).map((value) => ({ value, label: INCENTIVE_KIND_LABELS[value] }));

export function GoalsPhase({ readOnly }: PhaseViewProps) {
  const goals = useWorkshop(selectGoals);
  const incentives = useWorkshop(selectIncentives);
  const teams = useWorkshop(selectTeams);
  const { shared, teamMetrics: own } = useMemo(() => groupGoals({ goals, teams }), [goals, teams]);
  const allGoalIds = useMemo(() => goals.map((g) => g.id), [goals]);
  const sharedIds = useMemo(() => shared.map((g) => g.id), [shared]);
  const ownIds = useMemo(() => own.map((g) => g.id), [own]);
  const sharedFocus = useFocusNewItem(goals);
  const ownFocus = useFocusNewItem(goals);
  const incentiveFocus = useFocusNewItem(incentives);
  const hints = useMemo(() => new Set(goalHints({ goals, incentives }).map((h) => h.kind)), [goals, incentives]);

  const { addAndFocus: addSharedGoal } = sharedFocus;
  const { addAndFocus: addOwnGoal } = ownFocus;
  const addGoal = useCallback(
    (kind: Goal['kind']) => {
      const addAndFocus = kind === 'shared' ? addSharedGoal : addOwnGoal;
      void addAndFocus({ type: 'addItem', collection: 'goals', item: newGoal(crypto.randomUUID(), kind, { teams }) });
    },
    [teams, addSharedGoal, addOwnGoal],
  );
  const addIncentive = (kind: Incentive['kind']) =>
    void incentiveFocus.addAndFocus({ type: 'addItem', collection: 'incentives', item: newIncentive(crypto.randomUUID(), kind, { teams }) });

  const goalsFull = goals.length >= LIMITS.goals ? `A workshop holds at most ${LIMITS.goals} goals and metrics.` : undefined;

  return (
    <div className="goals-phase">
      <div role="status" aria-live="polite" className="goals-phase__hints" data-testid="goals-hints">
        {hints.has('noSharedGoal') && <Hint testId="hint-no-shared-goal">{GOAL_HINT_MESSAGES.noSharedGoal}</Hint>}
      </div>
      <CollectionSection
        title="Shared goals"
        description="Numbers both teams own together, e.g. qualified pipeline created or revenue from the best-customer segments."
        count={shared.length}
        noun={['shared goal', 'shared goals']}
        addLabel="Add shared goal"
        onAdd={() => addGoal('shared')}
        readOnly={readOnly}
        addDisabledReason={goalsFull}
        listRef={sharedFocus.containerRef}
        testId="shared-goals"
        empty={{
          icon: 'target',
          title: 'What will both teams be measured on?',
          body: <p>A shared goal is one number that marketing and sales own together, with one definition, a target and a date to look at it again. Start with the one the whole room cares about.</p>,
          actions: (
            <button type="button" className="button button--primary" onClick={() => addGoal('shared')} disabled={goalsFull !== undefined}>
              Add shared goal
            </button>
          ),
        }}
      >
        {shared.map((goal, index) => (
          <GoalCard key={goal.id} goal={goal} index={index} visibleIds={sharedIds} allIds={allGoalIds} teams={teams} readOnly={readOnly} />
        ))}
      </CollectionSection>

      <CollectionSection
        title="Each team’s own metrics"
        description="What each team still measures on its own, so it keeps ownership of its craft."
        count={own.length}
        noun={['team metric', 'team metrics']}
        addLabel="Add team metric"
        onAdd={() => addGoal('team')}
        readOnly={readOnly}
        addDisabledReason={goalsFull}
        listRef={ownFocus.containerRef}
        testId="team-metrics"
        empty={{
          title: 'No team metrics yet',
          body: <p>Alongside the shared goals, each team keeps a few metrics of its own, e.g. MQL-to-SQL conversion for marketing, speed to first contact for sales.</p>,
          actions: (
            <button type="button" className="button" onClick={() => addGoal('team')} disabled={goalsFull !== undefined}>
              Add team metric
            </button>
          ),
        }}
      >
        {own.map((goal, index) => (
          <GoalCard key={goal.id} goal={goal} index={index} visibleIds={ownIds} allIds={allGoalIds} teams={teams} readOnly={readOnly} />
        ))}
      </CollectionSection>

      <CollectionSection
        title="Incentives"
        description="How people are rewarded: which incentives are shared between the teams and which stay individual."
        count={incentives.length}
        noun={['incentive', 'incentives']}
        addLabel="Add incentive"
        onAdd={() => addIncentive('shared')}
        readOnly={readOnly}
        addDisabledReason={incentives.length >= LIMITS.incentives ? `A workshop holds at most ${LIMITS.incentives} incentives.` : undefined}
        listRef={incentiveFocus.containerRef}
        testId="incentives"
        footer={
          <div role="status" aria-live="polite">
            {hints.has('allIncentivesShared') && <Hint testId="hint-all-shared">{GOAL_HINT_MESSAGES.allIncentivesShared}</Hint>}
          </div>
        }
        empty={{
          title: 'No incentives recorded',
          body: <p>Shared incentives reward working together (e.g. part of both teams’ variable pay tied to pipeline); individual ones keep each person’s own effort visible. Most teams need both.</p>,
          actions: (
            <>
              <button type="button" className="button button--primary" onClick={() => addIncentive('shared')}>
                Add shared incentive
              </button>
              <button type="button" className="button" onClick={() => addIncentive('individual')}>
                Add individual incentive
              </button>
            </>
          ),
        }}
      >
        {incentives.map((incentive, index) => (
          <IncentiveCard key={incentive.id} incentive={incentive} index={index} count={incentives.length} teams={teams} readOnly={readOnly} />
        ))}
      </CollectionSection>
    </div>
  );
}

interface GoalCardProps {
  goal: Goal;
  index: number;
  visibleIds: readonly string[];
  allIds: readonly string[];
  teams: readonly Team[];
  readOnly: boolean;
}

const GoalCard = memo(function GoalCard({ goal, index, visibleIds, allIds, teams, readOnly }: GoalCardProps) {
  const update = (patch: Partial<Omit<Goal, 'id'>>) => dispatchCommand({ type: 'updateItem', collection: 'goals', id: goal.id, patch });
  const label = `${GOAL_KIND_LABELS[goal.kind].toLowerCase()} ${index + 1}`;
  const count = visibleIds.length;
  return (
    <ItemCard
      itemId={goal.id}
      label={label}
      testId="goal-card"
      readOnly={readOnly}
      onMoveUp={index > 0 ? () => moveItemStep('goals', goal.id, -1, visibleIds, allIds) : undefined}
      onMoveDown={index < count - 1 ? () => moveItemStep('goals', goal.id, 1, visibleIds, allIds) : undefined}
      onRemove={() => void removeItemWithUndo('goals', goal.id, named(goal.name, `a ${GOAL_KIND_LABELS[goal.kind].toLowerCase()} without a name`))}
      eyebrow={<SegmentedControl label={`Kind of ${label}`} value={goal.kind} options={GOAL_KINDS} onChange={(kind) => update({ kind })} readOnly={readOnly} />}
    >
      <div className="card-grid goals-card">
        <TextField
          className="card-grid__wide field--title"
          label="Name"
          ariaLabel={`Name of ${label}`}
          name="name"
          autoFocusTarget
          placeholder={goal.kind === 'shared' ? 'e.g. Qualified pipeline created' : 'e.g. MQL-to-SQL conversion'}
          value={goal.name}
          onCommit={(name) => update({ name })}
          readOnly={readOnly}
        />
        <TextField
          className="card-grid__wide"
          label="Definition"
          ariaLabel={`Definition of ${label}`}
          name="definition"
          multiline
          placeholder="How exactly it is counted, so nobody argues about the number later"
          value={goal.definition}
          onCommit={(definition) => update({ definition })}
          readOnly={readOnly}
        />
        <TextField label="Target" ariaLabel={`Target of ${label}`} name="target" placeholder="e.g. €4.2M per quarter" value={goal.target} onCommit={(target) => update({ target })} readOnly={readOnly} />
        <TextField
          label="Review cadence"
          ariaLabel={`Review cadence of ${label}`}
          name="reviewCadence"
          placeholder="e.g. Monthly"
          value={goal.reviewCadence}
          onCommit={(reviewCadence) => update({ reviewCadence })}
          readOnly={readOnly}
        />
        <div className="card-grid__wide">
          <TeamPicker label={goal.kind === 'shared' ? 'Owner teams' : 'Owner team'} context={label} teams={teams} selected={goal.ownerTeamIds} onChange={(ownerTeamIds) => void update({ ownerTeamIds })} readOnly={readOnly} />
        </div>
      </div>
    </ItemCard>
  );
});

interface IncentiveCardProps {
  incentive: Incentive;
  index: number;
  count: number;
  teams: readonly Team[];
  readOnly: boolean;
}

const IncentiveCard = memo(function IncentiveCard({ incentive, index, count, teams, readOnly }: IncentiveCardProps) {
  const update = (patch: Partial<Omit<Incentive, 'id'>>) => dispatchCommand({ type: 'updateItem', collection: 'incentives', id: incentive.id, patch });
  const label = `incentive ${index + 1}`;
  return (
    <ItemCard
      itemId={incentive.id}
      label={label}
      testId="incentive-card"
      readOnly={readOnly}
      onMoveUp={index > 0 ? () => void dispatchCommand({ type: 'moveItem', collection: 'incentives', id: incentive.id, toIndex: index - 1 }) : undefined}
      onMoveDown={index < count - 1 ? () => void dispatchCommand({ type: 'moveItem', collection: 'incentives', id: incentive.id, toIndex: index + 1 }) : undefined}
      onRemove={() => void removeItemWithUndo('incentives', incentive.id, named(incentive.description, 'an incentive without a description'))}
      eyebrow={<SegmentedControl label={`Kind of ${label}`} value={incentive.kind} options={INCENTIVE_KINDS} onChange={(kind) => update({ kind })} readOnly={readOnly} />}
    >
      <div className="card-grid">
        <TextField
          className="card-grid__wide"
          label="Description"
          ariaLabel={`Description of ${label}`}
          name="description"
          autoFocusTarget
          multiline
          placeholder={incentive.kind === 'shared' ? 'e.g. 20% of both teams’ variable pay tied to qualified pipeline created' : 'e.g. Account executives keep individual quota on closed revenue'}
          value={incentive.description}
          onCommit={(description) => update({ description })}
          readOnly={readOnly}
        />
        <div className="card-grid__wide">
          <TeamPicker label="Teams" context={label} teams={teams} selected={incentive.teamIds} onChange={(teamIds) => void update({ teamIds })} readOnly={readOnly} />
        </div>
      </div>
    </ItemCard>
  );
});
