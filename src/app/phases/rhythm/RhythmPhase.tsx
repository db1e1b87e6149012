/**
 * Operating rhythm: how the teams keep talking after today. Executive sponsors first (the
 * articles say management commitment decides success), then joint meetings, customer-insight
 * loops, rotations and ride-alongs, and the shared glossary.
 */
import { memo, useMemo } from 'react';
import type { Participant, Team, Workshop } from '../../../domain/workshopSchema';
import { LIMITS } from '../../../domain/workshopSchema';
import { displayName } from '../../../domain/displayNames';
import { ROTATION_KIND_LABELS } from '../../../domain/labels';
import { newGlossaryEntry, newInsightLoop, newMeeting, newRotation, newSponsor } from '../../../domain/newItems';
import { TeamBadge } from '../../components/TeamBadge';
import { dispatchCommand } from '../../stores/sessionStore';
import { CollectionSection, ItemCard, named, removeItemWithUndo, SegmentedControl, SelectField, TextField, useFocusNewItem } from '../common';
import type { PhaseViewProps } from '../phaseViews';
import { selectGlossary, selectInsightLoops, selectMeetings, selectParticipants, selectRotations, selectSponsors, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import { MeetingScheduleEditor } from './MeetingScheduleEditor';
import './rhythm.css';

type Rhythm = Workshop['rhythm'];
type Meeting = Rhythm['meetings'][number];
type InsightLoop = Rhythm['insightLoops'][number];
type Rotation = Rhythm['rotations'][number];
type GlossaryEntry = Rhythm['glossary'][number];
type Sponsor = Rhythm['sponsors'][number];

const limitReason = (count: number, max: number, plural: string) => (count >= max ? `A workshop holds at most ${max} ${plural}.` : undefined);

/** Moves within an unfiltered list: the neighbour's index is the target. */
const mover = (collection: 'meetings' | 'insightLoops' | 'rotations' | 'glossary' | 'sponsors', id: string, index: number, count: number) => ({
  onMoveUp: index > 0 ? () => void dispatchCommand({ type: 'moveItem', collection, id, toIndex: index - 1 }) : undefined,
  onMoveDown: index < count - 1 ? () => void dispatchCommand({ type: 'moveItem', collection, id, toIndex: index + 1 }) : undefined,
});

export function RhythmPhase({ readOnly }: PhaseViewProps) {
  return (
    <div className="rhythm-phase">
      <SponsorsSection readOnly={readOnly} />
      <MeetingsSection readOnly={readOnly} />
      <InsightLoopsSection readOnly={readOnly} />
      <RotationsSection readOnly={readOnly} />
      <GlossarySection readOnly={readOnly} />
    </div>
  );
}

// ---------------------------------------------------------------- sponsors

function SponsorsSection({ readOnly }: { readOnly: boolean }) {
  const sponsors = useWorkshop(selectSponsors);
  const participants = useWorkshop(selectParticipants);
  const teams = useWorkshop(selectTeams);
  const { containerRef, addAndFocus } = useFocusNewItem(sponsors);
  const options = useMemo(
    () => participants.map((p) => ({ value: p.id, label: [displayName(p.name, 'participant'), p.jobTitle].filter(Boolean).join(' — ') })),
    [participants],
  );
  const add = () => void addAndFocus({ type: 'addItem', collection: 'sponsors', item: newSponsor(crypto.randomUUID()) });
  return (
    <CollectionSection
      title="Executive sponsors"
      description="The leaders who back the agreement after today. They sign the charter first."
      count={sponsors.length}
      noun={['sponsor', 'sponsors']}
      addLabel="Add sponsor"
      onAdd={add}
      readOnly={readOnly}
      addDisabledReason={limitReason(sponsors.length, LIMITS.sponsors, 'sponsors')}
      listRef={containerRef}
      listClassName="rhythm-grid"
      testId="sponsors"
      empty={{
        icon: 'megaphone',
        title: 'Who sponsors this from the top?',
        body: <p>Alignment lasts when leadership visibly owns it. Name one or two executives who will hold both teams to the charter, clear obstacles and review progress.</p>,
      }}
    >
      {sponsors.map((sponsor, index) => (
        <SponsorCard key={sponsor.id} sponsor={sponsor} index={index} count={sponsors.length} participants={participants} options={options} teams={teams} readOnly={readOnly} />
      ))}
    </CollectionSection>
  );
}

interface SponsorCardProps {
  sponsor: Sponsor;
  index: number;
  count: number;
  participants: readonly Participant[];
  options: readonly { value: string; label: string }[];
  teams: readonly Team[];
  readOnly: boolean;
}

const SponsorCard = memo(function SponsorCard({ sponsor, index, count, participants, options, teams, readOnly }: SponsorCardProps) {
  const update = (patch: Partial<Omit<Sponsor, 'id'>>) => dispatchCommand({ type: 'updateItem', collection: 'sponsors', id: sponsor.id, patch });
  const label = `sponsor ${index + 1}`;
  const participant = participants.find((p) => p.id === sponsor.participantId);
  const team = participant ? teams.find((t) => t.id === participant.teamId) : undefined;
  const pick = (participantId: string | null) => {
    const picked = participants.find((p) => p.id === participantId);
    // The name (and the role, if still empty) follow the participant, so the charter reads well either way.
    void update(picked ? { participantId, name: picked.name, role: sponsor.role || picked.jobTitle } : { participantId: null });
  };
  return (
    <ItemCard
      itemId={sponsor.id}
      label={label}
      testId="sponsor-card"
      readOnly={readOnly}
      {...mover('sponsors', sponsor.id, index, count)}
      onRemove={() => void removeItemWithUndo('sponsors', sponsor.id, named(sponsor.name, 'a sponsor without a name'))}
      eyebrow={<span>Sponsor {index + 1}</span>}
    >
      <div className="card-grid card-grid--stack">
        <SelectField
          label="Participant"
          ariaLabel={`Participant who is ${label}`}
          name="participantId"
          value={sponsor.participantId}
          emptyLabel="Someone not on the participant list"
          options={options}
          onChange={pick}
          readOnly={readOnly}
        />
        {participant ? (
          <p className="rhythm-sponsor__who">
            <span className="rhythm-sponsor__name wrap-anywhere">{displayName(participant.name, 'participant')}</span>
            {team && <TeamBadge team={team} teams={teams} />}
          </p>
        ) : (
          <TextField label="Name" ariaLabel={`Name of ${label}`} name="name" placeholder="e.g. Marguerite Fontaine" value={sponsor.name} onCommit={(name) => update({ name })} readOnly={readOnly} />
        )}
        <TextField label="Role" ariaLabel={`Role of ${label}`} name="role" placeholder="e.g. Chief Revenue Officer" value={sponsor.role} onCommit={(role) => update({ role })} readOnly={readOnly} />
      </div>
    </ItemCard>
  );
});

// ---------------------------------------------------------------- meetings

function MeetingsSection({ readOnly }: { readOnly: boolean }) {
  const meetings = useWorkshop(selectMeetings);
  const { containerRef, addAndFocus } = useFocusNewItem(meetings);
  const add = () => void addAndFocus({ type: 'addItem', collection: 'meetings', item: newMeeting(crypto.randomUUID()) });
  return (
    <CollectionSection
      title="Joint meetings"
      description="The recurring meetings where both teams plan and review together."
      count={meetings.length}
      noun={['meeting', 'meetings']}
      addLabel="Add meeting"
      onAdd={add}
      readOnly={readOnly}
      addDisabledReason={limitReason(meetings.length, LIMITS.meetings, 'meetings')}
      listRef={containerRef}
      testId="meetings"
      empty={{
        icon: 'repeat',
        title: 'When will the teams meet?',
        body: <p>Regular, formal joint meetings keep the agreement alive: e.g. a fortnightly pipeline review on lead quality and a quarterly planning session on targets and campaigns.</p>,
      }}
    >
      {meetings.map((meeting, index) => (
        <MeetingCard key={meeting.id} meeting={meeting} index={index} count={meetings.length} readOnly={readOnly} />
      ))}
    </CollectionSection>
  );
}

const MeetingCard = memo(function MeetingCard({ meeting, index, count, readOnly }: { meeting: Meeting; index: number; count: number; readOnly: boolean }) {
  const update = (patch: Partial<Omit<Meeting, 'id'>>) => dispatchCommand({ type: 'updateItem', collection: 'meetings', id: meeting.id, patch });
  const label = `meeting ${index + 1}`;
  return (
    <ItemCard
      itemId={meeting.id}
      label={label}
      testId="meeting-card"
      readOnly={readOnly}
      {...mover('meetings', meeting.id, index, count)}
      onRemove={() => void removeItemWithUndo('meetings', meeting.id, `the meeting ${named(meeting.name, 'without a name')}`)}
    >
      <div className="card-grid rhythm-meeting">
        <TextField className="field--title rhythm-meeting__name" label="Name" ariaLabel={`Name of ${label}`} name="name" placeholder="e.g. Pipeline review" value={meeting.name} onCommit={(name) => update({ name })} readOnly={readOnly} />
        <TextField label="Cadence" ariaLabel={`Cadence of ${label}`} name="cadence" placeholder="e.g. Every second Monday, 45 min" value={meeting.cadence} onCommit={(cadence) => update({ cadence })} readOnly={readOnly} />
        <TextField className="card-grid__wide" label="Attendees" ariaLabel={`Attendees of ${label}`} name="attendees" placeholder="e.g. SDR lead, AEs, demand generation" value={meeting.attendees} onCommit={(attendees) => update({ attendees })} readOnly={readOnly} />
        <TextField className="card-grid__wide" label="Purpose" ariaLabel={`Purpose of ${label}`} name="purpose" multiline placeholder="What the meeting decides or reviews" value={meeting.purpose} onCommit={(purpose) => update({ purpose })} readOnly={readOnly} />
        <div className="card-grid__wide">
          <MeetingScheduleEditor schedule={meeting.schedule} cadence={meeting.cadence} label={label} readOnly={readOnly} onChange={(schedule) => update({ schedule })} />
        </div>
      </div>
    </ItemCard>
  );
});

// ---------------------------------------------------------------- insight loops

function InsightLoopsSection({ readOnly }: { readOnly: boolean }) {
  const loops = useWorkshop(selectInsightLoops);
  const teams = useWorkshop(selectTeams);
  const { containerRef, addAndFocus } = useFocusNewItem(loops);
  const teamOptions = useMemo(() => teams.map((t) => ({ value: t.id, label: t.name })), [teams]);
  const add = () => {
    void addAndFocus({ type: 'addItem', collection: 'insightLoops', item: newInsightLoop(crypto.randomUUID(), { teams }) });
  };
  return (
    <CollectionSection
      title="Customer-insight loops"
      description="What sales hears from customers, and how it reaches marketing (and the other way round)."
      count={loops.length}
      noun={['insight loop', 'insight loops']}
      addLabel="Add insight loop"
      onAdd={add}
      readOnly={readOnly}
      addDisabledReason={limitReason(loops.length, LIMITS.insightLoops, 'insight loops')}
      listRef={containerRef}
      testId="insight-loops"
      empty={{
        title: 'How does customer insight travel?',
        body: <p>Sales talks to customers every day; marketing needs what they hear. Write down which information flows, from whom to whom, through which system and how often, e.g. objections from discovery calls, tagged in the CRM, as a monthly digest.</p>,
      }}
    >
      {loops.map((loop, index) => (
        <InsightLoopCard key={loop.id} loop={loop} index={index} count={loops.length} teams={teams} teamOptions={teamOptions} readOnly={readOnly} />
      ))}
    </CollectionSection>
  );
}

interface LoopCardProps {
  loop: InsightLoop;
  index: number;
  count: number;
  teams: readonly Team[];
  teamOptions: readonly { value: string; label: string }[];
  readOnly: boolean;
}

const InsightLoopCard = memo(function InsightLoopCard({ loop, index, count, teams, teamOptions, readOnly }: LoopCardProps) {
  const update = (patch: Partial<Omit<InsightLoop, 'id'>>) => dispatchCommand({ type: 'updateItem', collection: 'insightLoops', id: loop.id, patch });
  const label = `insight loop ${index + 1}`;
  return (
    <ItemCard
      itemId={loop.id}
      label={label}
      testId="insight-loop-card"
      readOnly={readOnly}
      {...mover('insightLoops', loop.id, index, count)}
      onRemove={() => void removeItemWithUndo('insightLoops', loop.id, `the insight loop ${named(loop.information, 'without a description')}`)}
    >
      <div className="card-grid rhythm-loop">
        <TextField className="card-grid__wide field--title" label="Information" ariaLabel={`Information of ${label}`} name="information" placeholder="e.g. Objections heard on discovery calls" value={loop.information} onCommit={(information) => update({ information })} readOnly={readOnly} />
        <SelectField label="From team" ariaLabel={`From team of ${label}`} name="fromTeamId" value={loop.fromTeamId} emptyLabel="Not chosen" options={teamOptions} teams={teams} onChange={(fromTeamId) => void update({ fromTeamId })} readOnly={readOnly} />
        <SelectField label="To team" ariaLabel={`To team of ${label}`} name="toTeamId" value={loop.toTeamId} emptyLabel="Not chosen" options={teamOptions} teams={teams} onChange={(toTeamId) => void update({ toTeamId })} readOnly={readOnly} />
        <TextField label="Through which system" ariaLabel={`System of ${label}`} name="system" placeholder="e.g. CRM call notes, tagged" value={loop.system} onCommit={(system) => update({ system })} readOnly={readOnly} />
        <TextField label="How often" ariaLabel={`How often, ${label}`} name="frequency" placeholder="e.g. Monthly digest" value={loop.frequency} onCommit={(frequency) => update({ frequency })} readOnly={readOnly} />
      </div>
    </ItemCard>
  );
});

// ---------------------------------------------------------------- rotations

const ROTATION_KINDS = (['rotation', 'rideAlong', 'coLocation'] as const).map((value) => ({ value, label: ROTATION_KIND_LABELS[value] }));

function RotationsSection({ readOnly }: { readOnly: boolean }) {
  const rotations = useWorkshop(selectRotations);
  const { containerRef, addAndFocus } = useFocusNewItem(rotations);
  const add = () => void addAndFocus({ type: 'addItem', collection: 'rotations', item: newRotation(crypto.randomUUID()) });
  return (
    <CollectionSection
      title="Rotations, ride-alongs and sitting together"
      description="Ways each team gets to see the other’s daily work."
      count={rotations.length}
      noun={['commitment', 'commitments']}
      addLabel="Add rotation or ride-along"
      onAdd={add}
      readOnly={readOnly}
      addDisabledReason={limitReason(rotations.length, LIMITS.rotations, 'rotations')}
      listRef={containerRef}
      testId="rotations"
      empty={{
        title: 'Take your colleague to work',
        body: <p>Understanding grows fastest side by side: a marketer joins discovery calls, a salesperson spends a week in marketing, or the teams simply sit together. Note who does what, and when.</p>,
      }}
    >
      {rotations.map((rotation, index) => (
        <RotationCard key={rotation.id} rotation={rotation} index={index} count={rotations.length} readOnly={readOnly} />
      ))}
    </CollectionSection>
  );
}

const RotationCard = memo(function RotationCard({ rotation, index, count, readOnly }: { rotation: Rotation; index: number; count: number; readOnly: boolean }) {
  const update = (patch: Partial<Omit<Rotation, 'id'>>) => dispatchCommand({ type: 'updateItem', collection: 'rotations', id: rotation.id, patch });
  const label = `rotation ${index + 1}`;
  return (
    <ItemCard
      itemId={rotation.id}
      label={label}
      testId="rotation-card"
      readOnly={readOnly}
      {...mover('rotations', rotation.id, index, count)}
      onRemove={() => void removeItemWithUndo('rotations', rotation.id, named(rotation.description, 'a rotation without a description'))}
      eyebrow={<SegmentedControl label={`Kind of ${label}`} value={rotation.kind} options={ROTATION_KINDS} onChange={(kind) => update({ kind })} readOnly={readOnly} />}
    >
      <div className="card-grid">
        <TextField className="card-grid__wide" label="Description" ariaLabel={`Description of ${label}`} name="description" autoFocusTarget multiline placeholder="e.g. Each marketer joins two discovery calls per quarter" value={rotation.description} onCommit={(description) => update({ description })} readOnly={readOnly} />
        <TextField label="Who" ariaLabel={`Who, ${label}`} name="who" placeholder="e.g. All marketing" value={rotation.who} onCommit={(who) => update({ who })} readOnly={readOnly} />
        <TextField label="When" ariaLabel={`When, ${label}`} name="when" placeholder="e.g. From January" value={rotation.when} onCommit={(when) => update({ when })} readOnly={readOnly} />
      </div>
    </ItemCard>
  );
});

// ---------------------------------------------------------------- glossary

function GlossarySection({ readOnly }: { readOnly: boolean }) {
  const glossary = useWorkshop(selectGlossary);
  const { containerRef, addAndFocus } = useFocusNewItem(glossary);
  const add = () => void addAndFocus({ type: 'addItem', collection: 'glossary', item: newGlossaryEntry(crypto.randomUUID()) });
  return (
    <CollectionSection
      title="Glossary"
      description="The shared words, defined once, so both teams mean the same thing by them."
      count={glossary.length}
      noun={['term', 'terms']}
      addLabel="Add term"
      onAdd={add}
      readOnly={readOnly}
      addDisabledReason={limitReason(glossary.length, LIMITS.glossary, 'glossary terms')}
      listRef={containerRef}
      listClassName="rhythm-grid"
      testId="glossary"
      empty={{
        icon: 'book',
        title: 'A common language',
        body: <p>Words like “lead”, “opportunity” or “pipeline” often mean different things to each team. Define the ones that caused confusion today.</p>,
      }}
    >
      {glossary.map((entry, index) => (
        <GlossaryCard key={entry.id} entry={entry} index={index} count={glossary.length} readOnly={readOnly} />
      ))}
    </CollectionSection>
  );
}

const GlossaryCard = memo(function GlossaryCard({ entry, index, count, readOnly }: { entry: GlossaryEntry; index: number; count: number; readOnly: boolean }) {
  const update = (patch: Partial<Omit<GlossaryEntry, 'id'>>) => dispatchCommand({ type: 'updateItem', collection: 'glossary', id: entry.id, patch });
  const label = `glossary term ${index + 1}`;
  return (
    <ItemCard
      itemId={entry.id}
      label={label}
      testId="glossary-card"
      readOnly={readOnly}
      {...mover('glossary', entry.id, index, count)}
      onRemove={() => void removeItemWithUndo('glossary', entry.id, `the term ${named(entry.term, 'without a name')}`)}
    >
      <div className="card-grid card-grid--stack">
        <TextField className="field--title" label="Term" ariaLabel={`Term ${index + 1}`} name="term" placeholder="e.g. MQL" value={entry.term} onCommit={(term) => update({ term })} readOnly={readOnly} />
        <TextField label="Definition" ariaLabel={`Definition of ${label}`} name="definition" multiline placeholder="What both teams mean by it" value={entry.definition} onCommit={(definition) => update({ definition })} readOnly={readOnly} />
      </div>
    </ItemCard>
  );
});
