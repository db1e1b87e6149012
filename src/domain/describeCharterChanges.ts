/**
 * What changed in a charter from one version to the next, in short lines a facilitator reads in
 * the version history ("Buying process: stage “Evaluate” renamed to “Assess”"). Lines follow the
 * charter's reading order, name items by what the room called them (never by id), and stop at a
 * limit, counting the rest. Two contents that hash to the same fingerprint give no line; any
 * other difference gives at least one, because every field of the content has a description.
 */
import type { CharterContent } from './charterRecord';
import { countNoun, type NounForms } from './countNoun';
import { displayName, sponsorName } from './displayNames';
import { ACTION_STATUS_LABELS } from './labels';
import { oneLine } from './oneLine';

/** How many lines the history shows for one version before "and N more changes". */
const DEFAULT_LIMIT = 8;
/** A list with more changes than this reads as counts ("Actions: 2 added, 1 removed"). */
const ITEM_LINES_PER_LIST = 2;
/** Names are quoted up to this length, so a line stays one line. */
const NAME_LENGTH = 40;

/** One line and how many changes it stands for (what "and N more changes" adds up). */
interface Change {
  text: string;
  count: number;
}

type Rhythm = CharterContent['rhythm'];
type Item<K extends ListKey> = K extends keyof Rhythm ? Rhythm[K][number] : K extends 'statements' ? CharterContent['pulse']['statements'][number] : CharterContent[Exclude<K, keyof Rhythm | 'statements'>][number];
type ListKey = 'teams' | 'participants' | 'stages' | 'activities' | 'handoffs' | 'bestCustomers' | 'goals' | 'incentives' | keyof Rhythm | 'actions' | 'parkingLot' | 'decisions' | 'statements';

/** How the changes of one list of the charter read. */
interface ListSpec<T extends { id: string }> {
  /** The part of the charter, as the line starts ("Buying process"). */
  prefix: string;
  /** The item's noun, when the prefix does not already say it ("stage"); counts then name it too. */
  noun?: NounForms;
  /** The item as the room named it, unquoted; `side` is the content it comes from. */
  name: (item: T, side: CharterContent) => string;
  /** The field that names the item: its change reads "renamed to …" (or "reworded" for longer text). */
  nameField?: keyof T;
  reworded?: boolean;
  /** Every other field in words; the compiler keeps this complete, so no change goes unsaid. */
  fields: { [F in Exclude<keyof T, 'id'>]: string | ((before: T, after: T, side: CharterContent) => string) };
}

const quoted = (text: string) => {
  const cut = oneLine(text, NAME_LENGTH);
  return `“${cut.length < oneLine(text, Infinity).length ? `${cut}…` : cut}”`;
};

const joinAnd = (words: string[]) => (words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

/** Equal as the fingerprint sees it: strings compared in Unicode NFC, key order ignored. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return a.normalize('NFC') === b.normalize('NFC');
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((value, index) => same(value, b[index]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  }
  return false;
}

const stageName = (side: CharterContent, id: string) => {
  const stage = side.stages.find((s) => s.id === id);
  return stage ? displayName(stage.name, 'stage') : 'a stage no longer listed';
};
const LISTS: { [K in ListKey]: ListSpec<Item<K>> } = {
  teams: { prefix: 'Cover', noun: { one: 'team', other: 'teams' }, name: (t) => t.name, nameField: 'name', fields: { name: 'name', kind: 'kind' } },
  participants: {
    prefix: 'Cover',
    noun: { one: 'participant', other: 'participants' },
    name: (p) => displayName(p.name, 'participant'),
    nameField: 'name',
    fields: { name: 'name', jobTitle: 'job title', teamId: 'team' },
  },
  stages: {
    prefix: 'Buying process',
    noun: { one: 'stage', other: 'stages' },
    name: (s) => displayName(s.name, 'stage'),
    nameField: 'name',
    fields: {
      name: 'name',
      customerGoal: 'customer goal',
      customerQuestions: 'customer questions',
      touchpoints: 'touchpoints',
      exitCriterion: 'exit criterion',
      measure: 'measure',
      leadClaims: 'lead team',
      leadShared: 'lead team',
    },
  },
  activities: {
    prefix: 'Responsibilities',
    noun: { one: 'activity', other: 'activities' },
    name: (a) => displayName(a.name, 'activity'),
    nameField: 'name',
    fields: { name: 'name', stageId: (_, after, side) => `moved to ${quoted(stageName(side, after.stageId))}`, description: 'description', roles: 'RACI roles' },
  },
  handoffs: {
    prefix: 'Hand-off',
    noun: { one: 'hand-off', other: 'hand-offs' },
    name: (h, side) => `from ${stageName(side, h.fromStageId)} to ${stageName(side, h.toStageId)}`,
    fields: {
      kind: 'kind',
      fromStageId: 'stages',
      toStageId: 'stages',
      fromTeamId: 'teams',
      toTeamId: 'teams',
      leadDefinitions: 'lead definitions',
      passedAlong: 'what is passed along',
      followUpHours: 'follow-up commitment',
      followUpAttempts: 'follow-up commitment',
      volumePerPeriod: 'volume commitment',
      volumePeriod: 'volume commitment',
      rejectionReasons: 'rejection reasons',
      recyclePath: 'what happens to a rejected lead',
      feedbackLoop: 'quality feedback',
    },
  },
  bestCustomers: {
    prefix: 'Best customers',
    name: (c) => displayName(c.name, 'segment'),
    nameField: 'name',
    fields: { kind: 'kind', name: 'name', whyValuable: 'why valuable', marketingDoes: 'what marketing does', salesDoes: 'what sales does' },
  },
  goals: {
    prefix: 'Goals',
    name: (g) => displayName(g.name, 'goal'),
    nameField: 'name',
    fields: { kind: 'kind', name: 'name', definition: 'definition', ownerTeamIds: 'owners', target: 'target', reviewCadence: 'review cadence' },
  },
  incentives: { prefix: 'Incentives', name: (i) => i.description || 'untitled', nameField: 'description', reworded: true, fields: { kind: 'kind', description: 'description', teamIds: 'teams' } },
  sponsors: {
    prefix: 'Operating rhythm',
    noun: { one: 'sponsor', other: 'sponsors' },
    name: (s, side) => sponsorName(s, side.participants),
    nameField: 'name',
    fields: { participantId: 'participant', name: 'name', role: 'role' },
  },
  meetings: {
    prefix: 'Operating rhythm',
    noun: { one: 'meeting', other: 'meetings' },
    name: (m) => displayName(m.name, 'meeting'),
    nameField: 'name',
    fields: { name: 'name', cadence: 'cadence', schedule: 'schedule', attendees: 'attendees', purpose: 'purpose' },
  },
  insightLoops: {
    prefix: 'Operating rhythm',
    noun: { one: 'insight loop', other: 'insight loops' },
    name: (l) => l.information || 'untitled',
    nameField: 'information',
    reworded: true,
    fields: { information: 'information', fromTeamId: 'teams', toTeamId: 'teams', system: 'system', frequency: 'frequency' },
  },
  rotations: {
    prefix: 'Operating rhythm',
    noun: { one: 'rotation', other: 'rotations' },
    name: (r) => r.description || 'untitled',
    nameField: 'description',
    reworded: true,
    fields: { kind: 'kind', description: 'description', who: 'who', when: 'when' },
  },
  glossary: {
    prefix: 'Operating rhythm',
    noun: { one: 'glossary term', other: 'glossary terms' },
    name: (g) => g.term || 'untitled',
    nameField: 'term',
    fields: { term: 'term', definition: 'definition' },
  },
  actions: {
    prefix: 'Actions',
    name: (a) => displayName(a.title, 'action'),
    nameField: 'title',
    fields: {
      title: 'title',
      ownerParticipantId: 'owner',
      due: 'due date',
      status: (_, after) => `now ${ACTION_STATUS_LABELS[after.status].toLowerCase()}`,
      stageId: 'stage it came from',
      topic: 'topic it came from',
    },
  },
  parkingLot: { prefix: 'Parking lot', name: (p) => p.text || 'untitled', nameField: 'text', reworded: true, fields: { text: 'text', raisedInPhase: 'phase', createdAt: 'time' } },
  decisions: {
    prefix: 'Decisions',
    name: (d) => displayName(d.text, 'decision'),
    nameField: 'text',
    reworded: true,
    fields: { text: 'text', method: 'how it was decided', result: 'result', dissent: 'dissent', decidedAt: 'time' },
  },
  statements: { prefix: 'Pulse', noun: { one: 'statement', other: 'statements' }, name: (s) => s.text || 'untitled', nameField: 'text', reworded: true, fields: { text: 'text' } },
};

/** Whether the items both lists keep are in another order. */
function reordered(before: readonly string[], after: readonly string[]): boolean {
  const kept = new Set(after);
  const stayed = before.filter((key) => kept.has(key));
  const had = new Set(before);
  const now = after.filter((key) => had.has(key));
  return stayed.some((key, index) => now[index] !== key);
}

/** Counts as one line: "2 stages added, 1 removed, order changed". */
function countLine(prefix: string, noun: NounForms | undefined, added: number, removed: number, changed: number, orderChanged: boolean): Change {
  const parts: string[] = [];
  const counted = (n: number, verb: string) => parts.push(`${parts.length === 0 && noun ? countNoun(n, noun) : n} ${verb}`);
  if (added) counted(added, 'added');
  if (removed) counted(removed, 'removed');
  if (changed) counted(changed, 'changed');
  if (orderChanged) parts.push(parts.length === 0 && noun ? `order of ${noun.other} changed` : 'order changed');
  return { text: `${prefix}: ${parts.join(', ')}`, count: added + removed + changed + (orderChanged ? 1 : 0) };
}

function describeList<K extends ListKey>(key: K, beforeItems: readonly Item<K>[], afterItems: readonly Item<K>[], before: CharterContent, after: CharterContent): Change[] {
  if (beforeItems === afterItems) return [];
  const spec = LISTS[key] as unknown as ListSpec<Item<K>>;
  const was = new Map(beforeItems.map((item) => [item.id, item]));
  const is = new Map(afterItems.map((item) => [item.id, item]));
  const label = (item: Item<K>, side: CharterContent) => `${spec.noun ? `${spec.noun.one} ` : ''}${quoted(spec.name(item, side))}`;
  const lines: string[] = [];
  let added = 0;
  let removed = 0;
  let changed = 0;
  for (const item of afterItems) {
    if (was.has(item.id)) continue;
    added++;
    lines.push(`${label(item, after)} added`);
  }
  for (const item of beforeItems) {
    if (is.has(item.id)) continue;
    removed++;
    lines.push(`${label(item, before)} removed`);
  }
  for (const item of afterItems) {
    const old = was.get(item.id);
    if (!old || same(old, item)) continue;
    changed++;
    lines.push(describeItemChange(spec, old, item, after, label(old, before)));
  }
  const orderChanged = reordered(beforeItems.map((item) => item.id), afterItems.map((item) => item.id));
  if (orderChanged) lines.push(spec.noun ? `order of ${spec.noun.other} changed` : 'order changed');
  if (lines.length > ITEM_LINES_PER_LIST) return [countLine(spec.prefix, spec.noun, added, removed, changed, orderChanged)];
  return lines.map((text) => ({ text: `${spec.prefix}: ${text}`, count: 1 }));
}

/** "stage “Evaluate” renamed to “Assess”; exit criterion and measure changed". */
function describeItemChange<T extends { id: string }>(spec: ListSpec<T>, old: T, item: T, after: CharterContent, label: string): string {
  const phrases: string[] = [];
  const changedFields: string[] = [];
  for (const field of Object.keys(spec.fields) as Exclude<keyof T, 'id'>[]) {
    if (same(old[field], item[field])) continue;
    if (field === spec.nameField) continue;
    const words = spec.fields[field];
    if (typeof words === 'function') phrases.push(words(old, item, after));
    else if (!changedFields.includes(words)) changedFields.push(words);
  }
  if (changedFields.length > 0) phrases.push(`${joinAnd(changedFields)} changed`);
  const renamed = spec.nameField !== undefined && !same(old[spec.nameField], item[spec.nameField]);
  if (!renamed) return `${label}: ${phrases.join('; ')}`;
  // The label names the item as it was, so a rename reads from the old name to the new one.
  const rename = spec.reworded ? `${label} reworded` : `${label} renamed to ${quoted(spec.name(item, after))}`;
  return phrases.length === 0 ? rename : `${rename}; ${phrases.join('; ')}`;
}

const COVER_FIELDS = { company: 'company', title: 'title', date: 'date', venue: 'venue', facilitator: 'facilitator' } as const satisfies Record<keyof CharterContent['cover'], string>;

/** Each part of the content in the charter's reading order; the compiler keeps it complete. */
const PARTS: { [P in keyof CharterContent]-?: (before: CharterContent, after: CharterContent) => Change[] } = {
  charterFormat: (before, after) => (before.charterFormat === after.charterFormat ? [] : [{ text: 'Charter: written in a newer format', count: 1 }]),
  workshopId: (before, after) => (before.workshopId === after.workshopId ? [] : [{ text: 'Charter: from another workshop', count: 1 }]),
  cover: (before, after) => {
    const fields = (Object.keys(COVER_FIELDS) as (keyof typeof COVER_FIELDS)[]).filter((field) => !same(before.cover[field], after.cover[field]));
    return fields.length === 0 ? [] : [{ text: `Cover: ${joinAnd(fields.map((field) => COVER_FIELDS[field]))} changed`, count: fields.length }];
  },
  teams: (before, after) => describeList('teams', before.teams, after.teams, before, after),
  participants: (before, after) => describeList('participants', before.participants, after.participants, before, after),
  stages: (before, after) => describeList('stages', before.stages, after.stages, before, after),
  activities: (before, after) => describeList('activities', before.activities, after.activities, before, after),
  handoffs: (before, after) => describeList('handoffs', before.handoffs, after.handoffs, before, after),
  bestCustomers: (before, after) => describeList('bestCustomers', before.bestCustomers, after.bestCustomers, before, after),
  goals: (before, after) => describeList('goals', before.goals, after.goals, before, after),
  incentives: (before, after) => describeList('incentives', before.incentives, after.incentives, before, after),
  rhythm: (before, after) =>
    before.rhythm === after.rhythm
      ? []
      : (['sponsors', 'meetings', 'insightLoops', 'rotations', 'glossary'] as const satisfies readonly (keyof Rhythm)[]).flatMap((key) => describeList(key, before.rhythm[key], after.rhythm[key], before, after)),
  actions: (before, after) => describeList('actions', before.actions, after.actions, before, after),
  parkingLot: (before, after) => describeList('parkingLot', before.parkingLot, after.parkingLot, before, after),
  decisions: (before, after) => describeList('decisions', before.decisions, after.decisions, before, after),
  pulse: (before, after) => (before.pulse === after.pulse ? [] : [...describeList('statements', before.pulse.statements, after.pulse.statements, before, after), ...describeScores(before.pulse.scores, after.pulse.scores)]),
  checkIn: (before, after) => describeCheckInReview(before.checkIn, after.checkIn),
};

/** A check-in's review, counted: which action or hand-off the room re-judged is in the charter itself. */
function describeCheckInReview(before: CharterContent['checkIn'], after: CharterContent['checkIn']): Change[] {
  if (same(before, after)) return [];
  if (before === undefined || after === undefined) return [{ text: after ? 'Since last time: the look back was added' : 'Since last time: the look back was removed', count: 1 }];
  const changedEntries = <T>(was: readonly T[], is: readonly T[], key: (entry: T) => string) => {
    const earlier = new Map(was.map((entry) => [key(entry), entry]));
    return is.filter((entry) => !same(earlier.get(key(entry)), entry)).length + was.filter((entry) => !is.some((e) => key(e) === key(entry))).length;
  };
  const reviews = changedEntries(before.actionReviews, after.actionReviews, (r) => r.actionId);
  const results = changedEntries(before.commitmentResults, after.commitmentResults, (r) => r.handoffId);
  const changes: Change[] = [];
  if (reviews > 0) changes.push({ text: `Since last time: ${reviews === 1 ? 'the review of 1 action' : `the review of ${reviews} actions`} changed`, count: reviews });
  if (results > 0) changes.push({ text: `Since last time: ${results === 1 ? 'the results of 1 hand-off' : `the results of ${results} hand-offs`} changed`, count: results });
  if (changes.length === 0) changes.push({ text: 'Since last time: what it looks back on changed', count: 1 });
  return changes;
}

/** Scores are counted, not listed: which participant gave which score is not for the history. */
function describeScores(before: CharterContent['pulse']['scores'], after: CharterContent['pulse']['scores']): Change[] {
  if (before === after) return [];
  const keyOf = (s: (typeof before)[number]) => `${s.participantId}\u0000${s.statementId}`;
  const was = new Map(before.map((s) => [keyOf(s), s]));
  const is = new Map(after.map((s) => [keyOf(s), s]));
  const added = after.filter((s) => !was.has(keyOf(s))).length;
  const removed = before.filter((s) => !is.has(keyOf(s))).length;
  const changed = after.filter((s) => was.has(keyOf(s)) && !same(was.get(keyOf(s)), s)).length;
  // The order scores were kept in is part of the fingerprint, though the chart reads the same.
  const orderChanged = reordered(before.map(keyOf), after.map(keyOf));
  if (added + removed + changed === 0 && !orderChanged) return [];
  if (added + removed + changed === 0) return [{ text: 'Pulse: the order the scores are kept in changed (the results read the same)', count: 1 }];
  return [countLine('Pulse', { one: 'score', other: 'scores' }, added, removed, changed, orderChanged)];
}

/**
 * What `after` changed in the charter that `before` was: short lines in reading order, at most
 * `limit` (the last then says how many more changes there are). None when both say the same.
 */
export function describeCharterChanges(before: CharterContent, after: CharterContent, limit = DEFAULT_LIMIT): string[] {
  const changes = (Object.keys(PARTS) as (keyof CharterContent)[]).flatMap((part) => PARTS[part](before, after));
  if (changes.length <= limit) return changes.map((change) => change.text);
  const shown = changes.slice(0, Math.max(0, limit - 1));
  const more = changes.slice(shown.length).reduce((sum, change) => sum + change.count, 0);
  return [...shown.map((change) => change.text), `and ${more} more ${more === 1 ? 'change' : 'changes'}`];
}
