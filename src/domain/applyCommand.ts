/**
 * Applies one command to a workshop: validation first (returning a readable rejection),
 * then resolution on an immer draft, then the post-condition that the result would open again
 * (checkWorkshopChange), so no command can lead to a workshop that is saved but cannot be
 * opened. The patches it returns drive undo/redo and the snapshot broadcast to every window.
 */
import { enablePatches, produceWithPatches, type Patch } from 'immer';
import { breakEndsAt } from './breakEndsAt';
import { collections, referencedIds, type CollectionKey } from './collections';
import { commandSchema, type Command } from './commands';
import { countNoun } from './countNoun';
import { NOUNS } from './labels';
import { newAction } from './newItems';
import { oneLine } from './oneLine';
import { navigablePhases, PHASES } from './phases';
import { checkWorkshopChange } from './checkWorkshopChange';
import { charterChanged, resolveSignoff, startNextVersion, validateSignoff, type SigningContext } from './signoff';
import { stampIntent, type IntentType } from './stampIntent';
import { resolveCheckInReview, validateCheckInReview } from './checkInReview';
import { closeTimerStint, forgetTimerTime, secondsBetween } from './timeSpent';
import { describeRejection, rejectionsFromZod, type Rejection } from './validationMessages';
import { voteOutcome } from './voteResult';
import { LIMITS, type Workshop } from './workshopSchema';

enablePatches();

export type CommandResult =
  /** `createdId`: the id an intent command's new item was given, so the window that sent it can find it. */
  | { ok: true; workshop: Workshop; patches: Patch[]; inversePatches: Patch[]; createdId?: string }
  | { ok: false; rejection: Rejection };

export interface CommandContext extends SigningContext {
  /** The time of the change, ISO-8601; passed in so that this module stays pure. */
  now: string;
  /** A fresh id for an item an intent command creates (a decision, a converted or new sticky note, a parked topic). */
  newId: () => string;
}

type AnyItem = Record<string, unknown> & { id: string };
type ParsedCommand = ReturnType<typeof commandSchema.parse>;
type EditCommand = Exclude<ParsedCommand, { type: 'batch' | IntentType }>;

const reject = (message: string, path = ''): { ok: false; rejection: Rejection } => ({
  ok: false,
  rejection: { path, message },
});

export function applyCommand(workshop: Workshop, command: Command, context: CommandContext): CommandResult {
  const parsed = commandSchema.safeParse(command);
  if (!parsed.success) {
    const [first] = rejectionsFromZod(parsed.error);
    return { ok: false, rejection: first ?? { path: '', message: 'This change is not valid.' } };
  }
  const cmd = stampIntent(parsed.data, context);
  const applied = cmd.type === 'batch' ? applyBatch(workshop, cmd, context) : applyEdit(workshop, cmd, context);
  if (!applied.ok) return applied;
  const result = withCharterVersion(workshop, applied);
  const [problem] = checkWorkshopChange(workshop, result.workshop);
  if (problem) return reject(`Accord did not make this change: the workshop could not be opened again afterwards (${describeRejection(problem)}). Nothing was changed.`);
  const createdId = cmd !== parsed.data && cmd.type === 'addItem' && typeof cmd.item.id === 'string' ? cmd.item.id : undefined;
  return createdId === undefined ? result : { ...result, createdId };
}

function applyEdit(workshop: Workshop, cmd: EditCommand, context: CommandContext): CommandResult {
  const rejection = validate(workshop, cmd, context);
  if (rejection) return { ok: false, rejection };
  const [next, patches, inversePatches] = produceWithPatches(workshop, (draft) => {
    resolve(draft, cmd, context);
    draft.updatedAt = context.now;
  });
  return { ok: true, workshop: next, patches, inversePatches };
}

/**
 * Any change to what the charter says, while its current version has signatures, starts the
 * next version in the same result: undoing the change also undoes the new version, which is
 * right, because the charter then says again what was signed.
 */
function withCharterVersion(before: Workshop, result: Extract<CommandResult, { ok: true }>): Extract<CommandResult, { ok: true }> {
  if (before.signoff.signatures.length === 0 || !charterChanged(before, result.workshop)) return result;
  const [next, patches, inversePatches] = produceWithPatches(result.workshop, (draft) => startNextVersion(draft, before));
  return { ok: true, workshop: next, patches: [...result.patches, ...patches], inversePatches: [...inversePatches, ...result.inversePatches] };
}

/**
 * Each command of a batch is validated against the result of the ones before it; one rejection
 * rejects all. The post-condition is checked once, on the batch's result.
 */
function applyBatch(workshop: Workshop, batch: Extract<ParsedCommand, { type: 'batch' }>, context: CommandContext): CommandResult {
  let current = workshop;
  const patches: Patch[] = [];
  const inversePatches: Patch[] = [];
  for (const [index, command] of batch.commands.entries()) {
    const stamped = stampIntent(command, context);
    const result = stamped.type === 'batch' ? reject('A batch cannot hold another batch.') : applyEdit(current, stamped, context);
    if (!result.ok) {
      const path = `commands[${index}]${result.rejection.path ? `.${result.rejection.path}` : ''}`;
      return { ok: false, rejection: { path, message: result.rejection.message } };
    }
    current = result.workshop;
    patches.push(...result.patches);
    inversePatches.unshift(...result.inversePatches);
  }
  return { ok: true, workshop: current, patches, inversePatches };
}

// ---------------------------------------------------------------- validation

function list(workshop: Workshop, key: CollectionKey): AnyItem[] {
  return collections[key].get(workshop) as AnyItem[];
}

function findItem(workshop: Workshop, key: CollectionKey, id: string): AnyItem | undefined {
  return list(workshop, key).find((item) => item.id === id);
}

function checkReferences(workshop: Workshop, key: CollectionKey, item: AnyItem, pathPrefix: string): Rejection | null {
  for (const ref of collections[key].references) {
    for (const id of referencedIds(item, ref)) {
      if (!findItem(workshop, ref.to, id)) {
        return {
          path: `${pathPrefix}.${ref.field}`,
          message: `refers to a ${collections[ref.to].noun} that does not exist (${id})`,
        };
      }
    }
  }
  if (key === 'handoffs') {
    const duplicate = duplicateLeadDefinitionId(workshop, item);
    if (duplicate) return { path: `${pathPrefix}.leadDefinitions`, message: `repeats the lead definition id ${duplicate}` };
  }
  if (key === 'activities') {
    const roles = (item.roles as { teamId: string }[] | undefined) ?? [];
    const missing = roles.findIndex((r) => !findItem(workshop, 'teams', r.teamId));
    if (missing >= 0) return { path: `${pathPrefix}.roles[${missing}].teamId`, message: 'refers to a team that does not exist' };
  }
  return null;
}

/** Lead definition ids must be unique across all hand-offs: criteria are added to a definition by id. */
function duplicateLeadDefinitionId(workshop: Workshop, handoff: AnyItem): string | null {
  const seen = new Set<string>();
  for (const other of workshop.handoffs) if (other.id !== handoff.id) for (const d of other.leadDefinitions) seen.add(d.id);
  for (const d of (handoff.leadDefinitions as { id: string }[] | undefined) ?? []) {
    if (seen.has(d.id)) return d.id;
    seen.add(d.id);
  }
  return null;
}

function validateItem(workshop: Workshop, key: CollectionKey, candidate: unknown, pathPrefix: string): Rejection | null {
  const parsed = collections[key].itemSchema.safeParse(candidate);
  if (!parsed.success) {
    const [first] = rejectionsFromZod(parsed.error, [pathPrefix]);
    return first ?? { path: pathPrefix, message: 'is not valid' };
  }
  return checkReferences(workshop, key, parsed.data as AnyItem, pathPrefix);
}

function validate(workshop: Workshop, cmd: EditCommand, context: CommandContext): Rejection | null {
  switch (cmd.type) {
    case 'sign':
    case 'withdrawSignature':
    case 'markAbsent':
    case 'markPresent':
    case 'acceptWarnings':
      return validateSignoff(workshop, cmd, context);
    case 'updateSetup':
      return null;
    case 'goToPhase':
      if (navigablePhases(workshop).includes(cmd.phase)) return null;
      if (cmd.phase === 'sinceLastTime' && workshop.checkIn === null) {
        return { path: 'phase', message: 'Since last time belongs to a check-in: create one from this workshop in the library once its charter is signed.' };
      }
      return { path: 'phase', message: `${PHASES[cmd.phase].label} is left out of the agenda. Add it back in Setup first.` };
    case 'addItem': {
      const { noun, maxItems } = collections[cmd.collection];
      if (list(workshop, cmd.collection).length >= maxItems) return { path: 'item', message: `A workshop holds at most ${maxItems} items of this kind (${noun}).` };
      if (typeof cmd.item.id === 'string' && findItem(workshop, cmd.collection, cmd.item.id)) {
        return { path: 'item.id', message: `a ${noun} with this id already exists` };
      }
      return validateItem(workshop, cmd.collection, cmd.item, 'item');
    }
    case 'updateItem': {
      const current = findItem(workshop, cmd.collection, cmd.id);
      if (!current) return { path: 'id', message: `This ${collections[cmd.collection].noun} no longer exists.` };
      if ('id' in cmd.patch) return { path: 'patch.id', message: 'an id cannot be changed' };
      const rejection = validateItem(workshop, cmd.collection, { ...current, ...cmd.patch }, 'patch');
      return rejection;
    }
    case 'removeItem':
      return removalRefusal(workshop, cmd.collection, cmd.id);
    case 'moveItem':
      return findItem(workshop, cmd.collection, cmd.id)
        ? null
        : { path: 'id', message: `This ${collections[cmd.collection].noun} no longer exists.` };
    case 'setRole': {
      const activity = workshop.activities.find((a) => a.id === cmd.activityId);
      if (!activity) return { path: 'activityId', message: 'This activity no longer exists.' };
      if (!findItem(workshop, 'teams', cmd.teamId)) return { path: 'teamId', message: 'This team no longer exists.' };
      if (cmd.assigned && activity.roles.length >= LIMITS.rolesPerActivity) return { path: 'role', message: 'This activity has as many roles as it can hold.' };
      return null;
    }
    case 'setPulseScore':
      if (!findItem(workshop, 'participants', cmd.participantId)) return { path: 'participantId', message: 'This participant no longer exists.' };
      if (!findItem(workshop, 'pulseStatements', cmd.statementId)) return { path: 'statementId', message: 'This statement no longer exists.' };
      if (cmd.score !== null && workshop.pulse.scores.length >= LIMITS.pulseScores) {
        const exists = workshop.pulse.scores.some((x) => x.participantId === cmd.participantId && x.statementId === cmd.statementId);
        if (!exists) return { path: 'score', message: 'The pulse holds as many scores as it can.' };
      }
      return null;
    case 'startTimer':
      return findItem(workshop, 'agenda', cmd.agendaItemId) ? null : { path: 'agendaItemId', message: 'This agenda item no longer exists.' };
    case 'focusRoom':
      if (cmd.stageId === undefined && cmd.responsibilitiesView === undefined) return { path: '', message: 'Say which stage or view the room should see.' };
      return cmd.stageId == null || findItem(workshop, 'stages', cmd.stageId) ? null : { path: 'stageId', message: 'This stage no longer exists.' };
    case 'pauseTimer':
    case 'addTimerMinutes':
    case 'resetTimer':
    case 'showCharterSection':
    case 'showRoomScreen':
    case 'startBreak':
    case 'setFacilitatorNote':
      return null;
    case 'castDot':
    case 'recordHand':
    case 'closeVote':
      return validateVoteCommand(workshop, cmd);
    case 'convertNote':
      return validateNoteConversion(workshop, cmd);
    case 'reviewAction':
    case 'recordCommitmentResult':
      return validateCheckInReview(workshop, cmd);
  }
}

function validateVoteCommand(workshop: Workshop, cmd: Extract<ParsedCommand, { type: 'castDot' | 'recordHand' | 'closeVote' }>): Rejection | null {
  const vote = workshop.votes.find((v) => v.id === cmd.voteId);
  if (!vote) return { path: 'voteId', message: 'This vote no longer exists.' };
  if (vote.status === 'closed') return { path: 'voteId', message: 'This vote is closed; start a new one to vote again.' };
  if (cmd.type === 'castDot') {
    if (vote.kind !== 'dotVote') return { path: 'voteId', message: 'Dots go to a dot vote, not a fist-of-five check.' };
    const option = vote.options.find((o) => o.id === cmd.optionId);
    if (!option) return { path: 'optionId', message: 'This option no longer exists.' };
    if (option.dots + cmd.delta < 0) return { path: 'delta', message: 'This option has no dots to take back.' };
    if (option.dots + cmd.delta > LIMITS.dotsPerOption) return { path: 'delta', message: 'This option has as many dots as it can hold.' };
  }
  if (cmd.type === 'recordHand' && vote.kind !== 'fistOfFive') return { path: 'voteId', message: 'Hands are recorded in a fist-of-five check, not a dot vote.' };
  if (cmd.type === 'recordHand' && vote.hands.length >= LIMITS.handsPerVote) return { path: 'voteId', message: 'This check has as many hands as it can hold.' };
  if (cmd.type === 'closeVote' && workshop.decisions.length >= LIMITS.decisions) return { path: 'voteId', message: `A workshop holds at most ${LIMITS.decisions} decisions.` };
  return null;
}

function validateNoteConversion(workshop: Workshop, cmd: Extract<ParsedCommand, { type: 'convertNote' }>): Rejection | null {
  if (!findItem(workshop, 'notes', cmd.noteId)) return { path: 'noteId', message: 'This sticky note no longer exists.' };
  const full = (key: CollectionKey) => list(workshop, key).length >= collections[key].maxItems;
  if ((cmd.into === 'stage' && full('stages')) || (cmd.into === 'activity' && full('activities')) || (cmd.into === 'action' && full('actions'))) {
    return { path: 'into', message: 'That list is full; remove something first.' };
  }
  if (cmd.into === 'criterion' && (findLeadDefinition(workshop, cmd.targetId ?? '')?.criteria.length ?? 0) >= LIMITS.criteriaPerDefinition) {
    return { path: 'targetId', message: 'This lead definition has as many criteria as it can hold.' };
  }
  switch (cmd.into) {
    case 'stage':
    case 'action':
      return null;
    case 'activity':
      return cmd.targetId && findItem(workshop, 'stages', cmd.targetId) ? null : { path: 'targetId', message: 'Choose the stage this activity belongs to.' };
    case 'criterion':
      return cmd.targetId && findLeadDefinition(workshop, cmd.targetId) ? null : { path: 'targetId', message: 'Choose the lead definition this criterion belongs to.' };
  }
}

function findLeadDefinition(workshop: Workshop, id: string) {
  for (const handoff of workshop.handoffs) {
    const definition = handoff.leadDefinitions.find((d) => d.id === id);
    if (definition) return definition;
  }
  return undefined;
}

/** Why removing this item is refused (it does not exist, a team with members, a participant who signed), or null. */
export function removalRefusal(workshop: Workshop, key: CollectionKey, id: string): Rejection | null {
  const item = findItem(workshop, key, id);
  if (!item) return { path: 'id', message: `This ${collections[key].noun} no longer exists.` };
  if (key === 'teams') {
    const members = workshop.participants.filter((p) => p.teamId === id).length;
    if (members > 0) {
      return { path: 'id', message: `${String(item.name)} still has ${countNoun(members, NOUNS.participant)}. Move them to another team first.` };
    }
    if (workshop.teams.length === 1) return { path: 'id', message: 'A workshop needs at least one team.' };
  }
  if (key === 'participants' && workshop.signoff.signatures.some((s) => s.participantId === id)) {
    return { path: 'id', message: `${String(item.name)} has signed the charter, so they stay on the list. Withdraw the signature first.` };
  }
  return null;
}

// ---------------------------------------------------------------- resolution

function resolve(draft: Workshop, cmd: EditCommand, context: CommandContext): void {
  switch (cmd.type) {
    case 'sign':
    case 'withdrawSignature':
    case 'markAbsent':
    case 'markPresent':
    case 'acceptWarnings':
      resolveSignoff(draft, cmd, context);
      return;
    case 'updateSetup':
      Object.assign(draft.setup, cmd.patch);
      return;
    case 'goToPhase':
      draft.currentPhase = cmd.phase;
      return;
    case 'addItem': {
      const items = list(draft, cmd.collection);
      const item = collections[cmd.collection].itemSchema.parse(cmd.item) as AnyItem;
      items.splice(Math.min(cmd.index ?? items.length, items.length), 0, item);
      return;
    }
    case 'updateItem': {
      const item = findItem(draft, cmd.collection, cmd.id)!;
      Object.assign(item, cmd.patch);
      return;
    }
    case 'removeItem':
      removeWithCascade(draft, cmd.collection, cmd.id);
      return;
    case 'moveItem': {
      const items = list(draft, cmd.collection);
      const from = items.findIndex((item) => item.id === cmd.id);
      const [moved] = items.splice(from, 1);
      items.splice(Math.min(cmd.toIndex, items.length), 0, moved!);
      return;
    }
    case 'setRole': {
      const activity = draft.activities.find((a) => a.id === cmd.activityId)!;
      const has = activity.roles.findIndex((r) => r.teamId === cmd.teamId && r.role === cmd.role);
      if (cmd.assigned && has < 0) activity.roles.push({ teamId: cmd.teamId, role: cmd.role });
      if (!cmd.assigned && has >= 0) activity.roles.splice(has, 1);
      return;
    }
    case 'setPulseScore': {
      const scores = draft.pulse.scores;
      const at = scores.findIndex((s) => s.participantId === cmd.participantId && s.statementId === cmd.statementId);
      if (cmd.score === null) {
        if (at >= 0) scores.splice(at, 1);
      } else if (at >= 0) scores[at]!.score = cmd.score;
      else scores.push({ participantId: cmd.participantId, statementId: cmd.statementId, score: cmd.score });
      return;
    }
    case 'startTimer': {
      const timer = draft.timer;
      if (timer.agendaItemId !== cmd.agendaItemId) {
        // The time run on the item the timer leaves is kept; the new item's count starts now.
        closeTimerStint(draft, context.now);
        timer.agendaItemId = cmd.agendaItemId;
        timer.runningSince = context.now;
        timer.elapsedSeconds = 0;
        timer.extraMinutes = 0;
      }
      timer.runningSince ??= context.now;
      return;
    }
    case 'pauseTimer': {
      const timer = draft.timer;
      if (timer.runningSince) {
        closeTimerStint(draft, context.now);
        timer.elapsedSeconds = Math.min(LIMITS.timerSeconds, timer.elapsedSeconds + secondsBetween(timer.runningSince, context.now));
        timer.runningSince = null;
      }
      return;
    }
    case 'addTimerMinutes':
      draft.timer.extraMinutes = Math.min(LIMITS.timerExtraMinutes, Math.max(0, draft.timer.extraMinutes + cmd.minutes));
      return;
    case 'resetTimer':
      forgetTimerTime(draft);
      draft.timer = { agendaItemId: draft.timer.agendaItemId, runningSince: null, elapsedSeconds: 0, extraMinutes: 0 };
      return;
    case 'showRoomScreen':
      draft.room.screen = cmd.screen;
      draft.room.breakEndsAt = null;
      return;
    case 'startBreak':
      draft.room.screen = 'break';
      draft.room.breakEndsAt = breakEndsAt(context.now, cmd.minutes);
      return;
    case 'focusRoom':
      if (cmd.stageId !== undefined) draft.room.focus.stageId = cmd.stageId;
      if (cmd.responsibilitiesView !== undefined) draft.room.focus.responsibilitiesView = cmd.responsibilitiesView;
      return;
    case 'setFacilitatorNote':
      draft.facilitatorNotes[cmd.phase] = cmd.text;
      return;
    case 'reviewAction':
    case 'recordCommitmentResult':
      resolveCheckInReview(draft, cmd);
      return;
    case 'showCharterSection':
      draft.signoff.reviewSection = cmd.section;
      draft.signoff.reviewPage = cmd.section === null ? 0 : (cmd.page ?? 0);
      return;
    case 'castDot': {
      const option = draft.votes.find((v) => v.id === cmd.voteId)!.options.find((o) => o.id === cmd.optionId)!;
      option.dots += cmd.delta;
      return;
    }
    case 'recordHand':
      draft.votes.find((v) => v.id === cmd.voteId)!.hands.push(cmd.fingers);
      return;
    case 'closeVote': {
      const vote = draft.votes.find((v) => v.id === cmd.voteId)!;
      vote.status = 'closed';
      draft.decisions.push({
        id: context.newId(),
        text: vote.question,
        method: vote.kind,
        result: voteOutcome(vote).summary.slice(0, 300),
        dissent: '',
        decidedAt: context.now,
      });
      return;
    }
    case 'convertNote':
      convertNote(draft, cmd, context.newId());
      return;
  }
}

/** Turns a sticky note into the thing the room decided it is, and removes the note. */
function convertNote(draft: Workshop, cmd: Extract<ParsedCommand, { type: 'convertNote' }>, newId: string): void {
  const index = draft.notes.findIndex((n) => n.id === cmd.noteId);
  const text = draft.notes[index]!.text.trim();
  // A note may span lines; names, titles and criteria are one line.
  const short = oneLine(text, 300);
  switch (cmd.into) {
    case 'stage':
      draft.stages.push({ id: newId, name: short, customerGoal: '', customerQuestions: '', touchpoints: '', exitCriterion: '', measure: '', leadClaims: [], leadShared: false });
      break;
    case 'activity':
      draft.activities.push({ id: newId, stageId: cmd.targetId!, name: short, description: text === short ? '' : text, roles: [] });
      break;
    case 'criterion':
      findLeadDefinition(draft, cmd.targetId!)!.criteria.push(short);
      break;
    case 'action':
      // The action remembers the part of the day its note was written in.
      draft.actions.push({ ...newAction(newId, short), topic: draft.notes[index]!.phase });
      break;
  }
  draft.notes.splice(index, 1);
}

/** Removes an item and whatever only made sense with it, so no reference is left dangling. */
function removeWithCascade(draft: Workshop, key: CollectionKey, id: string): void {
  const items = list(draft, key);
  items.splice(
    items.findIndex((item) => item.id === id),
    1,
  );
  switch (key) {
    case 'teams':
      for (const activity of draft.activities) activity.roles = activity.roles.filter((r) => r.teamId !== id);
      for (const stage of draft.stages) stage.leadClaims = stage.leadClaims.filter((t) => t !== id);
      for (const goal of draft.goals) goal.ownerTeamIds = goal.ownerTeamIds.filter((t) => t !== id);
      for (const incentive of draft.incentives) incentive.teamIds = incentive.teamIds.filter((t) => t !== id);
      for (const loop of draft.rhythm.insightLoops) {
        if (loop.fromTeamId === id) loop.fromTeamId = null;
        if (loop.toTeamId === id) loop.toTeamId = null;
      }
      draft.handoffs = draft.handoffs.filter((h) => h.fromTeamId !== id && h.toTeamId !== id);
      return;
    case 'participants':
      draft.pulse.scores = draft.pulse.scores.filter((s) => s.participantId !== id);
      for (const action of draft.actions) if (action.ownerParticipantId === id) action.ownerParticipantId = null;
      for (const sponsor of draft.rhythm.sponsors) if (sponsor.participantId === id) sponsor.participantId = null;
      if (draft.signoff.absent.includes(id)) draft.signoff.absent = draft.signoff.absent.filter((p) => p !== id);
      return;
    case 'stages':
      draft.activities = draft.activities.filter((a) => a.stageId !== id);
      draft.handoffs = draft.handoffs.filter((h) => h.fromStageId !== id && h.toStageId !== id);
      for (const action of draft.actions) if (action.stageId === id) action.stageId = null;
      return;
    case 'pulseStatements':
      draft.pulse.scores = draft.pulse.scores.filter((s) => s.statementId !== id);
      return;
    case 'agenda':
      if (draft.timer.agendaItemId === id) draft.timer = { agendaItemId: null, runningSince: null, elapsedSeconds: 0, extraMinutes: 0 };
      return;
    default:
      return;
  }
}
