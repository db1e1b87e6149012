/** One hand-off point: route, lead definitions, and the commitments both teams make there. */
import { displayName } from '../../../domain/displayNames';
import { memo, useMemo } from 'react';
import type { Handoff, Stage, Team } from '../../../domain/workshopSchema';
import { NumberInput } from '../../components/NumberInput';
import { dispatchCommand } from '../../stores/sessionStore';
import { teamSlot, teamStyle } from '../../theme/teamColours';
import { ChipListEditor, FormIcon, ItemCard, removeItemWithUndo, SegmentedControl, SelectField, TextField } from '../common';
import { LeadDefinitionsEditor } from './LeadDefinitionsEditor';

interface HandoffCardProps {
  handoff: Handoff;
  index: number;
  count: number;
  stages: readonly Stage[];
  teams: readonly Team[];
  readOnly: boolean;
}

const KINDS = [
  { value: 'handoff', label: 'Hand-off' },
  { value: 'handback', label: 'Hand-back' },
] as const;

const PERIODS = [
  { value: 'week', label: 'week' },
  { value: 'month', label: 'month' },
  { value: 'quarter', label: 'quarter' },
] as const;

export const HandoffCard = memo(function HandoffCard({ handoff, index, count, stages, teams, readOnly }: HandoffCardProps) {
  const update = (patch: Partial<Omit<Handoff, 'id'>>) => dispatchCommand({ type: 'updateItem', collection: 'handoffs', id: handoff.id, patch });
  const label = `${handoff.kind === 'handoff' ? 'hand-off' : 'hand-back'} ${index + 1}`;
  const stageOptions = useMemo(() => stages.map((s, i) => ({ value: s.id, label: `${i + 1}. ${displayName(s.name, 'stage')}` })), [stages]);
  const teamOptions = useMemo(() => teams.map((t) => ({ value: t.id, label: t.name })), [teams]);
  const fromTeam = teams.find((t) => t.id === handoff.fromTeamId);
  const toTeam = teams.find((t) => t.id === handoff.toTeamId);
  const fromName = fromTeam?.name ?? 'the handing team';
  const toName = toTeam?.name ?? 'the receiving team';

  return (
    <ItemCard
      itemId={handoff.id}
      label={label}
      testId="handoff-card"
      className="handoff-card"
      style={toTeam ? teamStyle(teamSlot(toTeam, teams)) : undefined}
      readOnly={readOnly}
      onMoveUp={index > 0 ? () => void dispatchCommand({ type: 'moveItem', collection: 'handoffs', id: handoff.id, toIndex: index - 1 }) : undefined}
      onMoveDown={index < count - 1 ? () => void dispatchCommand({ type: 'moveItem', collection: 'handoffs', id: handoff.id, toIndex: index + 1 }) : undefined}
      onRemove={() => void removeItemWithUndo('handoffs', handoff.id, `${label} and its lead definitions`)}
      eyebrow={
        <>
          <span>Hand-off point {index + 1}</span>
          <SegmentedControl label={`Kind of ${label}`} value={handoff.kind} options={KINDS} onChange={(kind) => update({ kind })} readOnly={readOnly} />
        </>
      }
    >
      <div className="handoff-route" role="group" aria-label={`Route of ${label}`}>
        <span className="handoff-route__label">Stage</span>
        <SelectField autoFocusTarget label="From stage" hideLabel ariaLabel={`From stage of ${label}`} name="fromStageId" value={handoff.fromStageId} options={stageOptions} onChange={(v) => v && void update({ fromStageId: v })} readOnly={readOnly} />
        <FormIcon name="arrowRight" className="handoff-route__arrow" />
        <SelectField label="To stage" hideLabel ariaLabel={`To stage of ${label}`} name="toStageId" value={handoff.toStageId} options={stageOptions} onChange={(v) => v && void update({ toStageId: v })} readOnly={readOnly} />
        <span className="handoff-route__label">Team</span>
        <SelectField label="From team" hideLabel ariaLabel={`From team of ${label}`} name="fromTeamId" value={handoff.fromTeamId} options={teamOptions} teams={teams} onChange={(v) => v && void update({ fromTeamId: v })} readOnly={readOnly} />
        <FormIcon name="arrowRight" className="handoff-route__arrow" />
        <SelectField label="To team" hideLabel ariaLabel={`To team of ${label}`} name="toTeamId" value={handoff.toTeamId} options={teamOptions} teams={teams} onChange={(v) => v && void update({ toTeamId: v })} readOnly={readOnly} />
      </div>

      <LeadDefinitionsEditor handoffId={handoff.id} handoffLabel={label} definitions={handoff.leadDefinitions} readOnly={readOnly} />

      <div className="handoff-section">
        <h4 className="handoff-section__title">The agreement</h4>
        <div className="card-grid card-grid--2">
          <TextField
            className="card-grid__wide"
            label={`What ${fromName} passes along with the lead`}
            name="passedAlong"
            multiline
            placeholder="e.g. lead score and why, pages visited, content downloaded, questions asked"
            value={handoff.passedAlong}
            onCommit={(passedAlong) => update({ passedAlong })}
            readOnly={readOnly}
          />
          <div className="field">
            <span className="field__label">Follow-up commitment</span>
            <p className="handoff-sentence">
              Within
              <NumberInput name="followUpHours" aria-label={`Follow-up within how many business hours, ${label}`} placeholder="–" value={handoff.followUpHours} max={10_000} disabled={readOnly} onCommit={(followUpHours) => update({ followUpHours })} />
              business hours,
              <NumberInput name="followUpAttempts" aria-label={`Follow-up attempts, ${label}`} placeholder="–" value={handoff.followUpAttempts} max={1_000} disabled={readOnly} onCommit={(followUpAttempts) => update({ followUpAttempts })} />
              attempts
            </p>
          </div>
          <div className="field">
            <span className="field__label">Volume commitment</span>
            <p className="handoff-sentence">
              <NumberInput name="volumePerPeriod" aria-label={`Leads per period, ${label}`} placeholder="–" value={handoff.volumePerPeriod} max={10_000_000} disabled={readOnly} onCommit={(volumePerPeriod) => update({ volumePerPeriod })} />
              leads per
              <SelectField
                label="Period"
                hideLabel
                ariaLabel={`Volume period, ${label}`}
                name="volumePeriod"
                value={handoff.volumePeriod}
                options={PERIODS}
                onChange={(v) => v && void update({ volumePeriod: v as Handoff['volumePeriod'] })}
                readOnly={readOnly}
                className="handoff-sentence__select"
              />
            </p>
          </div>
          <ChipListEditor
            label={`Reasons ${toName} may reject a lead`}
            noun="rejection reason"
            context={label}
            items={handoff.rejectionReasons}
            maxItems={50}
            onChange={(rejectionReasons) => update({ rejectionReasons })}
            placeholder="Add a reason, then press Enter"
            readOnly={readOnly}
            testId="rejection-reasons"
          />
          <div className="handoff-stack">
            <TextField
              label="What happens to a rejected lead"
              name="recyclePath"
              multiline
              placeholder="e.g. back to nurture with the reason recorded, re-scored after 60 days"
              value={handoff.recyclePath}
              onCommit={(recyclePath) => update({ recyclePath })}
              readOnly={readOnly}
            />
            <TextField
              label="How lead-quality feedback flows back"
              name="feedbackLoop"
              multiline
              placeholder="e.g. rejection reasons reviewed in the fortnightly pipeline meeting"
              value={handoff.feedbackLoop}
              onCommit={(feedbackLoop) => update({ feedbackLoop })}
              readOnly={readOnly}
            />
          </div>
        </div>
      </div>
    </ItemCard>
  );
});
