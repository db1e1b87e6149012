/**
 * fast-check arbitraries for random workshops and random command sequences, valid and not.
 * A command is generated as a recipe of choices (which collection, which existing item by index,
 * which hostile value) and turned into a Command against the workshop it is applied to, so ids
 * come from the document of the moment, plus unknown and malformed ones.
 */
import { aContext, fingerprintOf } from './domainBuilders';
import fc from 'fast-check';
import { applyCommand } from '../../src/domain/applyCommand';
import { COLLECTION_KEYS, collections, type CollectionKey } from '../../src/domain/collections';
import type { Command } from '../../src/domain/commands';
import { createWorkshop, sequentialIds } from '../../src/domain/createWorkshop';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import { signoffWarnings, sponsorParticipantIds } from '../../src/domain/signoff';
import { PHASE_IDS, type Workshop } from '../../src/domain/workshopSchema';

export const T0 = '2026-11-22T09:00:00.000Z';

/** Strings a facilitator, a paste or a hostile file may bring: control characters, markup, huge text. */
const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('', ' ', '\u0000', 'a\u0007b', '\u001b[31mred', '<img src=x onerror=alert(1)>', '__proto__', '\u202eevil', '\ud800'),
  },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(300), 'x'.repeat(301), 'y'.repeat(10_000), 'y'.repeat(10_001), 'z'.repeat(200_001)) },
);

/** A choice of id: an existing one (by index into the list of the moment), an unknown one, or a malformed one. */
/** A complete schedule, for the meetings that have one. */
const SOME_SCHEDULE = { frequency: 'monthly', everyWeeks: 1, weekOfMonth: 'last', weekday: 'friday', startTime: '16:00', durationMinutes: 90, timeZone: 'Australia/Sydney', firstDate: '' } as const;

const idChoice = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('existing' as const), index: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unknown' as const), index: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('malformed' as const), index: fc.nat(3) }) },
);
type IdChoice = typeof idChoice extends fc.Arbitrary<infer T> ? T : never;
const MALFORMED_IDS = ['', 'has space', 'x'.repeat(65), 'ünï'];

function idsOf(w: Workshop, key: CollectionKey | 'leadDefinitions' | 'voteOptions'): string[] {
  if (key === 'leadDefinitions') return w.handoffs.flatMap((h) => h.leadDefinitions.map((d) => d.id));
  if (key === 'voteOptions') return w.votes.flatMap((v) => v.options.map((o) => o.id));
  return collections[key].get(w).map((item) => item.id);
}

function chooseId(w: Workshop, key: Parameters<typeof idsOf>[1], choice: IdChoice): string {
  if (choice.kind === 'unknown') return `ghost-${choice.index}`;
  if (choice.kind === 'malformed') return MALFORMED_IDS[choice.index % MALFORMED_IDS.length]!;
  const ids = idsOf(w, key);
  return ids.length === 0 ? 'ghost-empty' : ids[choice.index % ids.length]!;
}

/** A value for any field: mostly plausible, sometimes of the wrong type or out of range. */
const fieldValue = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 1.5, -1, 100_000_000, T0, '2026-12-03', 'not a date') },
  { weight: 1, arbitrary: fc.constantFrom([], ['sales'], ['ghost'], {}, { id: 'x' }) },
  { weight: 2, arbitrary: fc.record({ ref: idChoice, to: fc.constantFrom<CollectionKey>('teams', 'stages', 'participants') }) },
);
type FieldValue = typeof fieldValue extends fc.Arbitrary<infer T> ? T : never;

function resolveValue(w: Workshop, value: FieldValue): unknown {
  if (typeof value === 'object' && value !== null && 'ref' in value && 'to' in value) return chooseId(w, value.to, value.ref as IdChoice);
  return value;
}

/** A valid-looking new item for a collection, with references to existing items (or not, per the choices). */
function newItem(w: Workshop, key: CollectionKey, id: string, refs: IdChoice[], text: string): Record<string, unknown> {
  const [r1, r2, r3, r4] = refs as [IdChoice, IdChoice, IdChoice, IdChoice];
  const team = (c: IdChoice) => chooseId(w, 'teams', c);
  const stage = (c: IdChoice) => chooseId(w, 'stages', c);
  const participant = (c: IdChoice) => (c.index % 3 === 0 ? null : chooseId(w, 'participants', c));
  switch (key) {
    case 'teams': return { id, name: text || 'Team', kind: 'custom' };
    case 'participants': return { id, name: text, jobTitle: '', teamId: team(r1) };
    case 'agenda': return { id, phase: PHASE_IDS[r1.index % PHASE_IDS.length], minutes: 10, included: true };
    case 'pulseStatements': return { id, text };
    case 'stages': return { id, name: text, customerGoal: '', customerQuestions: '', touchpoints: '', exitCriterion: '', measure: '', leadClaims: [team(r1)], leadShared: false };
    case 'activities': return { id, stageId: stage(r1), name: text, description: '', roles: [{ teamId: team(r2), role: 'A' }] };
    case 'handoffs':
      return {
        id, kind: r4.index % 2 ? 'handoff' : 'handback', fromStageId: stage(r1), toStageId: stage(r2), fromTeamId: team(r3), toTeamId: team(r4),
        leadDefinitions: [{ id: `${id}-d`, name: 'Marketing-qualified', shortName: 'MQL', criteria: [text] }],
        passedAlong: '', followUpHours: 24, followUpAttempts: 3, volumePerPeriod: 120, volumePeriod: 'month', rejectionReasons: ['No budget'], recyclePath: '', feedbackLoop: '',
      };
    case 'bestCustomers': return { id, kind: 'segment', name: text, whyValuable: '', marketingDoes: '', salesDoes: '' };
    case 'goals': return { id, kind: 'shared', name: text, definition: '', ownerTeamIds: [team(r1), team(r2)].filter((t, i, all) => all.indexOf(t) === i), target: '', reviewCadence: '' };
    case 'incentives': return { id, kind: 'shared', description: text, teamIds: [team(r1)] };
    case 'meetings': return { id, name: text, cadence: text, schedule: r1.index % 3 === 0 ? SOME_SCHEDULE : null, attendees: '', purpose: '' };
    case 'insightLoops': return { id, information: text, fromTeamId: team(r1), toTeamId: r2.index % 3 === 0 ? null : team(r2), system: '', frequency: '' };
    case 'rotations': return { id, kind: 'rideAlong', description: text, who: '', when: '' };
    case 'glossary': return { id, term: text, definition: '' };
    case 'sponsors': return { id, participantId: participant(r1), name: text, role: '' };
    case 'actions': return { id, title: text, ownerParticipantId: participant(r1), due: '', status: 'open' };
    case 'parkingLot': return { id, text, raisedInPhase: 'setup', createdAt: T0 };
    case 'decisions': return { id, text, method: 'agreement', result: '', dissent: '', decidedAt: T0 };
    case 'votes':
      return { id, kind: r1.index % 2 ? 'dotVote' : 'fistOfFive', question: text, options: [{ id: `${id}-o`, label: 'A', dots: 0 }], hands: [], status: 'open', createdAt: T0 };
    case 'notes': return { id, phase: 'buyingProcess', text, colour: 'yellow', createdAt: T0 };
  }
}

const collectionKey = fc.constantFrom(...COLLECTION_KEYS);
const refs = fc.tuple(idChoice, idChoice, idChoice, idChoice);
/** New ids: fresh ones mostly, sometimes one that exists already or is malformed. */
const newIdChoice = fc.oneof(
  { weight: 6, arbitrary: fc.nat(10_000).map((n) => ({ kind: 'fresh' as const, index: n })) },
  { weight: 1, arbitrary: idChoice },
);
function newIdFor(w: Workshop, key: Parameters<typeof idsOf>[1], choice: { kind: string; index: number }): string {
  return choice.kind === 'fresh' ? `n${choice.index}` : chooseId(w, key, choice as IdChoice);
}

/** A recipe for one command; `toCommand` turns it into a Command against a given workshop. */
export type Recipe = (w: Workshop) => Command;

const editRecipe: fc.Arbitrary<Recipe> = fc.oneof(
  fc.record({ field: fc.constantFrom('company', 'title', 'venue', 'facilitator', 'date', 'dayLengthMinutes', 'templateId', 'colour'), value: fieldValue }).map(
    ({ field, value }) => (w: Workshop) => ({ type: 'updateSetup', patch: { [field]: resolveValue(w, value) } }) as Command,
  ),
  fc.record({ key: collectionKey, id: newIdChoice, refs, text: hostileString, index: fc.option(fc.nat(40), { nil: undefined }), extra: fc.option(fc.record({ field: fc.constantFrom('name', 'id', 'teamId', 'stageId', 'unknownField', 'ownerTeamIds'), value: fieldValue }), { freq: 4, nil: undefined }) }).map(
    ({ key, id, refs, text, index, extra }) => (w: Workshop) => {
      const item = newItem(w, key, newIdFor(w, key, id), refs, text);
      if (extra) item[extra.field] = resolveValue(w, extra.value);
      return { type: 'addItem', collection: key, item, ...(index === undefined ? {} : { index }) } as Command;
    },
  ),
  fc.record({ key: collectionKey, id: idChoice, fieldIndex: fc.nat(), value: fieldValue, unknownKey: fc.boolean() }).map(
    ({ key, id, fieldIndex, value, unknownKey }) => (w: Workshop) => {
      const targetId = chooseId(w, key, id);
      const item = collections[key].get(w).find((i) => i.id === targetId) as Record<string, unknown> | undefined;
      const fields = Object.keys(item ?? { name: '' }).filter((f) => f !== 'id' || fieldIndex % 17 === 0);
      const field = unknownKey && fieldIndex % 5 === 0 ? 'colour' : fields[fieldIndex % fields.length]!;
      return { type: 'updateItem', collection: key, id: targetId, patch: { [field]: resolveValue(w, value) } } as Command;
    },
  ),
  fc.record({ key: collectionKey, id: idChoice }).map(({ key, id }) => (w: Workshop) => ({ type: 'removeItem', collection: key, id: chooseId(w, key, id) }) as Command),
  fc.record({ key: collectionKey, id: idChoice, to: fc.nat(60) }).map(({ key, id, to }) => (w: Workshop) => ({ type: 'moveItem', collection: key, id: chooseId(w, key, id), toIndex: to }) as Command),
  fc.record({ activity: idChoice, team: idChoice, role: fc.constantFrom('R', 'A', 'C', 'I'), assigned: fc.boolean() }).map(
    ({ activity, team, role, assigned }) => (w: Workshop) => ({ type: 'setRole', activityId: chooseId(w, 'activities', activity), teamId: chooseId(w, 'teams', team), role, assigned }) as Command,
  ),
  fc.record({ participant: idChoice, statement: idChoice, score: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant(null)) }).map(
    ({ participant, statement, score }) => (w: Workshop) =>
      ({ type: 'setPulseScore', participantId: chooseId(w, 'participants', participant), statementId: chooseId(w, 'pulseStatements', statement), score }) as Command,
  ),
  fc.record({ vote: idChoice, option: idChoice, delta: fc.constantFrom(1, -1) }).map(
    ({ vote, option, delta }) => (w: Workshop) => ({ type: 'castDot', voteId: chooseId(w, 'votes', vote), optionId: chooseId(w, 'voteOptions', option), delta }) as Command,
  ),
  fc.record({ vote: idChoice, fingers: fc.integer({ min: -1, max: 6 }) }).map(({ vote, fingers }) => (w: Workshop) => ({ type: 'recordHand', voteId: chooseId(w, 'votes', vote), fingers }) as Command),
  // A window's clock or id on a command the host stamps is refused (the strict schema), so it is sent sometimes.
  fc.record({ vote: idChoice, stray: fc.boolean() }).map(
    ({ vote, stray }) => (w: Workshop) => ({ type: 'closeVote', voteId: chooseId(w, 'votes', vote), ...(stray ? { at: T0 } : {}) }) as Command,
  ),
  fc.record({ note: idChoice, into: fc.constantFrom('stage', 'activity', 'criterion', 'action'), target: idChoice }).map(
    ({ note, into, target }) => (w: Workshop) => {
      const targetId = into === 'activity' ? chooseId(w, 'stages', target) : into === 'criterion' ? chooseId(w, 'leadDefinitions', target) : undefined;
      return { type: 'convertNote', noteId: chooseId(w, 'notes', note), into, ...(targetId ? { targetId } : {}) } as Command;
    },
  ),
  // Intent commands: the host's context gives the new item its id and time.
  fc.record({ kind: fc.constantFrom('dotVote', 'fistOfFive', 'poll'), question: hostileString, options: fc.array(hostileString, { maxLength: 35 }) }).map(
    ({ kind, question, options }) => () => ({ type: 'startVote', kind, question, options }) as Command,
  ),
  fc.record({ text: hostileString, method: fc.constantFrom('agreement', 'dotVote', 'fistOfFive', 'coinToss'), result: hostileString, dissent: hostileString }).map(
    (decision) => () => ({ type: 'addDecision', ...decision }) as Command,
  ),
  fc.record({ phase: fc.constantFrom(...PHASE_IDS, 'nowhere'), text: hostileString, colour: fc.constantFrom('yellow', 'blue', 'purple') }).map((note) => () => ({ type: 'addNote', ...note }) as Command),
  fc.record({ text: hostileString, raisedInPhase: fc.constantFrom(...PHASE_IDS, 'nowhere') }).map((topic) => () => ({ type: 'parkTopic', ...topic }) as Command),
);

const navigationRecipe: fc.Arbitrary<Recipe> = fc.oneof(
  fc.constantFrom(...PHASE_IDS, 'nowhere').map((phase) => () => ({ type: 'goToPhase', phase }) as Command),
  idChoice.map((item) => (w: Workshop) => ({ type: 'startTimer', agendaItemId: chooseId(w, 'agenda', item) }) as Command),
  fc.constant(() => ({ type: 'pauseTimer' }) as Command),
  fc.integer({ min: -300, max: 300 }).map((minutes) => () => ({ type: 'addTimerMinutes', minutes }) as Command),
  fc.constant(() => ({ type: 'resetTimer' }) as Command),
);

const existingId = fc.nat().map((index) => ({ kind: 'existing' as const, index }));
const plainText = fc.oneof(fc.constantFrom('Webinar', 'Demo', 'Lead review', 'Ana Souza'), fc.string({ minLength: 1, maxLength: 8 }));

/** Edits that are mostly accepted: new items with fresh ids and existing references, removals of existing items. */
const plausibleRecipe: fc.Arbitrary<Recipe> = fc.oneof(
  fc.record({ key: collectionKey, id: fc.nat(100_000), refs: fc.tuple(existingId, existingId, existingId, existingId), text: plainText }).map(
    ({ key, id, refs, text }) => (w: Workshop) => ({ type: 'addItem', collection: key, item: newItem(w, key, `p${id}`, refs, text) }) as Command,
  ),
  fc.record({ key: collectionKey, id: existingId }).map(({ key, id }) => (w: Workshop) => ({ type: 'removeItem', collection: key, id: chooseId(w, key, id) }) as Command),
  fc.record({ vote: existingId, option: existingId, fingers: fc.nat(5) }).map(({ vote, option, fingers }) => (w: Workshop) => {
    const voteId = chooseId(w, 'votes', vote);
    const target = w.votes.find((v) => v.id === voteId);
    if (target?.kind === 'fistOfFive') return { type: 'recordHand', voteId, fingers } as Command;
    const options = target?.options ?? [];
    return { type: 'castDot', voteId, optionId: options[option.index % Math.max(1, options.length)]?.id ?? 'ghost', delta: 1 } as Command;
  }),
  fc.record({ participant: existingId, statement: existingId, score: fc.integer({ min: 1, max: 5 }) }).map(
    ({ participant, statement, score }) => (w: Workshop) =>
      ({ type: 'setPulseScore', participantId: chooseId(w, 'participants', participant), statementId: chooseId(w, 'pulseStatements', statement), score }) as Command,
  ),
);

const padPoint = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.nat(1000), fc.nat(300), fc.nat(600_000)) },
  { weight: 3, arbitrary: fc.tuple(fc.nat(1000), fc.nat(300)) },
);
const offPadPoint = fc.tuple(fc.integer({ min: -5, max: 1005 }), fc.constantFrom(0, 300, 301, 1.5));
/** A charter holding a broken character has no fingerprint; signing it is refused either way. */
const fingerprintOrStale = (w: Workshop) => {
  try {
    return fingerprintOf(w);
  } catch {
    return 'a'.repeat(64);
  }
};
/** Mostly a drawable signature; sometimes none, an empty stroke, or a point off the pad. */
const strokes = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.array(padPoint, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(fc.array(fc.oneof(padPoint, offPadPoint), { maxLength: 3 }), { maxLength: 3 }) },
);

/**
 * Sign-off: signing (mostly as someone who may sign now, with the fingerprint of the moment,
 * sometimes stale), withdrawing, absences and accepted warnings.
 */
export const signoffRecipe: fc.Arbitrary<Recipe> = fc.oneof(
  fc.record({ who: idChoice, name: fc.oneof({ weight: 4, arbitrary: plainText }, { weight: 1, arbitrary: hostileString }), strokes, stale: fc.nat(9).map((n) => n === 0) }).map(
    ({ who, name, strokes, stale }) => (w: Workshop) => {
      const waiting = sponsorParticipantIds(w).filter((id) => !w.signoff.absent.includes(id) && !w.signoff.signatures.some((s) => s.participantId === id));
      const participantId = waiting[0] ?? chooseId(w, 'participants', who);
      return { type: 'sign', participantId, typedName: name, strokes, fingerprint: stale ? 'a'.repeat(64) : fingerprintOrStale(w) } as Command;
    },
  ),
  idChoice.map((who) => (w: Workshop) => {
    const signers = w.signoff.signatures.map((s) => s.participantId);
    // Mostly the latest signer (always allowed before the charter is final), sometimes anyone.
    const participantId = who.kind === 'existing' && signers.length > 0 ? signers[who.index % 3 === 0 ? who.index % signers.length : signers.length - 1]! : chooseId(w, 'participants', who);
    return { type: 'withdrawSignature', participantId } as Command;
  }),
  fc.record({ who: idChoice, absent: fc.boolean() }).map(({ who, absent }) => (w: Workshop) => {
    // Marking present mostly someone who is absent.
    const marked = w.signoff.absent;
    const participantId = !absent && who.kind === 'existing' && marked.length > 0 && who.index % 4 !== 0 ? marked[who.index % marked.length]! : chooseId(w, 'participants', who);
    return { type: absent ? 'markAbsent' : 'markPresent', participantId } as Command;
  }),
  fc.record({ all: fc.boolean(), pick: fc.array(fc.nat(), { maxLength: 4 }), extra: fc.array(hostileString, { maxLength: 2 }) }).map(({ all, pick, extra }) => (w: Workshop) => {
    const keys = signoffWarnings(w).map((x) => x.key);
    // Half the time "Accept all", so that signing (refused while a point is open) gets its turn.
    if (all) return { type: 'acceptWarnings', keys } as Command;
    return { type: 'acceptWarnings', keys: [...pick.flatMap((i) => (keys.length > 0 ? [keys[i % keys.length]!] : [])), ...extra] } as Command;
  }),
);

/** A batch resolves its commands one after another, each against the workshop the earlier ones leave. */
const batchRecipe: fc.Arbitrary<Recipe> = fc.array(fc.oneof(plausibleRecipe, editRecipe), { minLength: 1, maxLength: 4 }).map((recipes) => (w: Workshop) => {
  const commands: Command[] = [];
  let current = w;
  for (const recipe of recipes) {
    const command = recipe(current);
    commands.push(command);
    const result = applyCommand(current, command, aContext(T0));
    if (result.ok) current = result.workshop;
  }
  return { type: 'batch', label: 'Random batch', commands } as Command;
});

export const recipe: fc.Arbitrary<Recipe> = fc.oneof(
  { weight: 8, arbitrary: editRecipe },
  { weight: 6, arbitrary: plausibleRecipe },
  { weight: 2, arbitrary: navigationRecipe },
  { weight: 2, arbitrary: batchRecipe },
  { weight: 1, arbitrary: signoffRecipe },
);

/** Starting workshops: the sample day, and each template's fresh workshop. */
const baseWorkshop: fc.Arbitrary<Workshop> = fc.constantFrom('sample', 'b2b-considered', 'transactional-smb', 'enterprise-committee', 'blank').map((base) =>
  base === 'sample' ? createSampleWorkshop(T0) : createWorkshop({ id: 'w1', now: T0, title: 'Alignment day', templateId: base, newId: sequentialIds('x') }),
);

const populated = fc.record(
  Object.fromEntries(COLLECTION_KEYS.map((key) => [key, fc.array(fc.tuple(fc.tuple(existingId, existingId, existingId, existingId), plainText), { maxLength: 3 })])) as Record<
    CollectionKey,
    fc.Arbitrary<[[IdChoice, IdChoice, IdChoice, IdChoice], string][]>
  >,
);

/**
 * A random valid workshop: a base workshop with up to three new items in every list, then a
 * random sequence of commands (the accepted ones).
 */
export const workshop: fc.Arbitrary<Workshop> = fc
  .tuple(
    baseWorkshop,
    populated,
    fc.array(fc.oneof({ weight: 3, arbitrary: plausibleRecipe }, { weight: 1, arbitrary: editRecipe }), { maxLength: 20 }),
    // Some workshops start part-way through sign-off, mostly with their open points accepted first.
    fc.array(signoffRecipe, { maxLength: 4 }),
    fc.boolean(),
  )
  .map(([base, additions, recipes, signoffSteps, acceptFirst]) => {
    let current = base;
    const tryApply = (command: Command) => {
      const result = applyCommand(current, command, aContext(T0));
      if (result.ok) current = result.workshop;
    };
    for (const key of COLLECTION_KEYS) {
      additions[key].forEach(([refs, text], n) => tryApply({ type: 'addItem', collection: key, item: newItem(current, key, `${key}-${n}`, refs, text) } as Command));
    }
    for (const make of recipes) tryApply(make(current));
    if (acceptFirst && signoffSteps.length > 0) tryApply({ type: 'acceptWarnings', keys: signoffWarnings(current).map((x) => x.key) });
    for (const make of signoffSteps) tryApply(make(current));
    return current;
  });

/**
 * How many runs a property test makes: `ACCORD_PROPERTY_RUNS_FACTOR` scales it down for mutation
 * testing, where the suite runs once per mutant.
 */
export function propertyRuns(runs: number): number {
  const factor = Number(process.env.ACCORD_PROPERTY_RUNS_FACTOR ?? '1');
  return Math.max(10, Math.round(runs * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}

/** Property tests take seconds, more on a loaded machine; they get room beyond vitest's 5 s default. */
export const PROPERTY_TIMEOUT_MS = 60_000;
