/** Hand-off: per hand-off point, the lead definitions and the agreement around them, one card each. */
import { useCallback } from 'react';
import type { Handoff } from '../../../domain/workshopSchema';
import { LIMITS } from '../../../domain/workshopSchema';
import { dispatchCommand } from '../../stores/sessionStore';
import { CollectionSection, useFocusNewItem } from '../common';
import type { PhaseViewProps } from '../phaseViews';
import { HandoffCard } from './HandoffCard';
import { suggestHandoffRoute } from './suggestHandoffRoute';
import { selectHandoffs, selectStages, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import './handoff.css';

function newHandoff(id: string, route: NonNullable<ReturnType<typeof suggestHandoffRoute>>): Handoff {
  return {
    id,
    kind: 'handoff',
    ...route,
    leadDefinitions: [],
    passedAlong: '',
    followUpHours: null,
    followUpAttempts: null,
    volumePerPeriod: null,
    volumePeriod: 'month',
    rejectionReasons: [],
    recyclePath: '',
    feedbackLoop: '',
  };
}

export function HandoffPhase({ readOnly }: PhaseViewProps) {
  const handoffs = useWorkshop(selectHandoffs);
  const stages = useWorkshop(selectStages);
  const teams = useWorkshop(selectTeams);
  const { containerRef, addAndFocus } = useFocusNewItem(handoffs);
  const route = suggestHandoffRoute(stages, teams);
  const fromStage = stages.find((s) => s.id === route?.fromStageId);
  const toStage = stages.find((s) => s.id === route?.toStageId);

  const add = useCallback(() => {
    if (!route) return;
    void addAndFocus({ type: 'addItem', collection: 'handoffs', item: newHandoff(crypto.randomUUID(), route) });
  }, [route, addAndFocus]);

  const noStages = stages.length === 0;
  return (
    <div className="handoff-phase">
      <CollectionSection
        title="Hand-off points"
        description="Where a lead passes from one team to the other, and what both teams promise at that moment. Agree the lead definitions first, then the commitments around them."
        count={handoffs.length}
        noun={['hand-off point', 'hand-off points']}
        addLabel="Add hand-off point"
        onAdd={add}
        readOnly={readOnly}
        addDisabledReason={noStages ? 'Map the buying process first.' : handoffs.length >= LIMITS.handoffs ? `A workshop holds at most ${LIMITS.handoffs} hand-off points.` : undefined}
        listRef={containerRef}
        testId="handoffs"
        empty={{
          icon: 'handshake',
          title: 'No hand-off agreed yet',
          body: (
            <>
              <p>
                A hand-off is the moment a lead passes from marketing to sales (or back again, when sales recycles it). Most friction between the teams
                starts here, so write it down together: which <strong>lead definitions</strong> mark a lead as ready, what marketing passes along, how fast
                sales follows up, and what happens to a lead that sales turns down.
              </p>
              {noStages ? (
                <p>A hand-off sits between two stages of the buying process, so map the stages first.</p>
              ) : (
                <p>
                  The swimlanes suggest the lead passes from <strong>{fromStage?.name || 'an unnamed stage'}</strong> to{' '}
                  <strong>{toStage?.name || 'an unnamed stage'}</strong>; you can change both afterwards.
                </p>
              )}
            </>
          ),
          actions: noStages ? (
            <button type="button" className="button button--primary" onClick={() => void dispatchCommand({ type: 'goToPhase', phase: 'buyingProcess' })}>
              Go to Buying process
            </button>
          ) : (
            <button type="button" className="button button--primary" onClick={add}>
              Add the hand-off from marketing to sales
            </button>
          ),
        }}
      >
        {handoffs.map((handoff, index) => (
          <HandoffCard key={handoff.id} handoff={handoff} index={index} count={handoffs.length} stages={stages} teams={teams} readOnly={readOnly} />
        ))}
      </CollectionSection>
    </div>
  );
}
