/**
 * The charter as a document: its sections in reading order, each fully resolved to the words a
 * reader sees (team and participant names, role words, dates, placeholders for what was never
 * named). The one input of the charter's rendering on the console, on the projector and in the
 * PDF, so the three can never tell a different story. Empty parts say so in words rather than
 * vanish, so a page-by-page review always walks the same pages.
 */
import { buildSwimlanes, type SwimlaneModel } from './buildSwimlanes';
import { byCadence } from './cadenceOrder';
import { compareCheckIn, type CheckInComparison } from './compareCheckIn';
import { describeSchedule } from './describeSchedule';
import type { CharterRecord } from './charterRecord';
import { countNoun, nounFor } from './countNoun';
import { displayName, sponsorName } from './displayNames';
import { groupGoals } from './groupGoals';
import { ACTION_OUTCOME_LABELS, ACTION_STATUS_LABELS, DECISION_METHOD_LABELS, GOAL_KIND_LABELS, INCENTIVE_KIND_LABELS, NOUNS, RACI_ROLE_LABELS, ROTATION_KIND_LABELS } from './labels';
import { oneLine } from './oneLine';
import { PHASES } from './phases';
import { signoffWarnings, sponsorParticipantIds } from './signoff';
import { strokesToSvgPath } from './strokesToSvgPath';
import { summarizePulse } from './summarizePulse';
import type { PaperSize, RaciRole, Team } from './workshopSchema';

/** Every section a charter can have, in reading order; `sinceLastTime` only in a check-in's charter. */
export const CHARTER_SECTION_IDS = ['cover', 'summary', 'sinceLastTime', 'buyingProcess', 'responsibilities', 'handoff', 'bestCustomers', 'goals', 'rhythm', 'actions', 'pulse', 'signatures'] as const;
export type CharterSectionId = (typeof CHARTER_SECTION_IDS)[number];

/**
 * What the charter says about itself, word for word: what the sign-off is and what it is not.
 * Never "legally binding", "certified" or "tamper-proof".
 */
export const SIGNOFF_NATURE = "This is a simple electronic sign-off, tamper-evident when checked with Accord, timed by the facilitator's device clock.";

/** How many shared goals the one-page summary lists; the goals section has them all. */
const SUMMARY_GOALS = 5;
/** A longer company name is cut in the running footer (the cover has it whole). */
const FOOTER_COMPANY_LENGTH = 60;

/** A team as the charter names it; `id` finds its colour. */
export interface TeamRef {
  id: string;
  name: string;
}

/** A list and the sentence that stands in its place when it is empty. */
export interface Listing<T> {
  items: T[];
  empty: string;
}

/** One labelled piece of text ("Customer goal": "…"). */
export interface LabelledText {
  label: string;
  text: string;
}

export interface CharterSwimlanes {
  stages: { number: number; name: string; lead: string }[];
  lanes: { team: TeamRef; cells: { activities: { name: string; roles: RaciRole[] }[] }[] }[];
  handoffs: { id: string; kind: 'handoff' | 'handback'; fromStageIndex: number; toStageIndex: number; fromTeamId: string; toTeamId: string; label: string; description: string }[];
  empty: string;
}

export interface LeadDefinitionView {
  shortName: string;
  name: string;
  criteria: Listing<string>;
}

export interface PulseStatementView {
  number: number;
  text: string;
  averages: { team: TeamRef; average: number; averageText: string; scores: string }[];
  gapText: string;
  notable: boolean;
}

interface SignatureView {
  typedName: string;
  participantName: string;
  team: TeamRef | null;
  sponsor: boolean;
  /** Day and time as the facilitator's device clock read it, with its UTC offset and time zone. */
  signedAt: string;
  statement: string;
  /** SVG path data in the signature pad's coordinates (1000 × 300). */
  strokesPath: string;
}

interface PersonView {
  name: string;
  detail: string;
}

interface SectionBase<Id extends CharterSectionId> {
  id: Id;
  /** The section's heading, in the table of contents, the PDF's bookmarks and the review. */
  title: string;
}

export interface CoverSection extends SectionBase<'cover'> {
  documentTitle: string;
  kicker: string;
  company: string;
  details: LabelledText[];
  participantsByTeam: Listing<{ team: TeamRef; participants: PersonView[] }>;
  sponsors: Listing<PersonView>;
  versionLine: string;
}

/** Whether the sign-off is complete, in words: a charter printed before everyone signed says so. */
interface SignoffStatus {
  final: boolean;
  text: string;
}

export interface SummarySection extends SectionBase<'summary'> {
  swimlanes: CharterSwimlanes;
  leadDefinitions: Listing<LeadDefinitionView & { route: string }>;
  sharedGoals: Listing<{ name: string; target: string; owners: string }>;
  moreGoals: string | null;
}

export interface BuyingProcessSection extends SectionBase<'buyingProcess'> {
  stages: Listing<{ number: number; name: string; lead: string; fields: Listing<LabelledText> }>;
}

export interface ResponsibilitiesSection extends SectionBase<'responsibilities'> {
  teams: TeamRef[];
  legend: LabelledText[];
  stages: Listing<{ number: number; name: string; lead: string; activities: Listing<{ name: string; description: string; roles: RaciRole[][] }> }>;
}

export interface HandoffSection extends SectionBase<'handoff'> {
  handoffs: Listing<{
    heading: string;
    route: string;
    leadDefinitions: Listing<LeadDefinitionView>;
    commitments: Listing<string>;
    details: LabelledText[];
    rejectionReasons: Listing<string>;
  }>;
}

export interface BestCustomersSection extends SectionBase<'bestCustomers'> {
  customers: Listing<{ kind: string; name: string; whyValuable: string; marketingDoes: string; salesDoes: string }>;
}

interface GoalView {
  name: string;
  definition: string;
  owners: string;
  target: string;
  reviewCadence: string;
}

export interface GoalsSection extends SectionBase<'goals'> {
  sharedGoals: Listing<GoalView>;
  teamMetrics: Listing<GoalView & { kind: string }>;
  incentives: Listing<{ kind: string; description: string; teams: string }>;
}

export interface RhythmSection extends SectionBase<'rhythm'> {
  sponsors: Listing<PersonView>;
  /** `schedule`: the meeting's schedule in words ('' when it has none); `cadence`: the room's own words. */
  meetings: Listing<{ name: string; schedule: string; cadence: string; attendees: string; purpose: string }>;
  insightLoops: Listing<{ information: string; route: string; system: string; frequency: string }>;
  rotations: Listing<{ kind: string; description: string; who: string; when: string }>;
  glossary: Listing<{ term: string; definition: string }>;
}

/**
 * A check-in's look back: the signed workshops it follows, the pulse then and now, what became
 * of the actions agreed last time, and whether each hand-off kept the numbers committed to.
 */
export interface SinceLastTimeSection extends SectionBase<'sinceLastTime'> {
  intro: string;
  earlier: { title: string; date: string; version: string; fingerprint: string }[];
  pulse: {
    summary: string;
    /** The per-team column's heading: which days its numbers are. */
    daysHeading: string;
    statements: Listing<{
      number: number;
      text: string;
      /** One line per team that scored the statement on any of the days: "Sales: 3.0 → 4.1". */
      teams: { team: TeamRef; scores: string }[];
      /** The gap between the teams last time and now ("1.5 → 0.5"), and what happened to it ("Closed"). */
      gap: string;
      change: string;
    }>;
  };
  actions: {
    summary: string;
    items: Listing<{ title: string; owner: string; due: string; outcome: string; reason: string }>;
  };
  commitments: {
    summary: string;
    items: Listing<{ handoff: string; route: string; measure: string; committed: string; actual: string; verdict: string }>;
    notes: Listing<{ handoff: string; route: string; note: string }>;
  };
}

export interface ActionsSection extends SectionBase<'actions'> {
  /** `from`: the stage of the buying process or the part of the day the action came from ('' when not said). */
  actions: Listing<{ title: string; from: string; owner: string; due: string; status: string }>;
  parkingLot: Listing<{ text: string; raisedIn: string }>;
  decisions: Listing<{ text: string; method: string; result: string; dissent: string; decidedAt: string }>;
}

export interface PulseSection extends SectionBase<'pulse'> {
  intro: string;
  teams: TeamRef[];
  statements: Listing<PulseStatementView>;
}

export interface SignaturesSection extends SectionBase<'signatures'> {
  nature: string;
  binding: string;
  version: string;
  fingerprint: string;
  superseded: string | null;
  signoffStatus: SignoffStatus;
  signatures: Listing<SignatureView>;
  notSigned: Listing<PersonView>;
  absent: Listing<PersonView>;
  warnings: Listing<{ message: string; accepted: boolean; status: string }>;
}

export type CharterSection =
  | CoverSection
  | SummarySection
  | SinceLastTimeSection
  | BuyingProcessSection
  | ResponsibilitiesSection
  | HandoffSection
  | BestCustomersSection
  | GoalsSection
  | RhythmSection
  | ActionsSection
  | PulseSection
  | SignaturesSection;

export interface CharterModel {
  /** The language of the charter's own words; user text carries its own direction. */
  lang: 'en';
  paperSize: PaperSize;
  version: number;
  fingerprint: string;
  /** The first 12 hex digits: enough to tell versions apart on every page's footer. */
  shortFingerprint: string;
  /** The charter's teams, in the workshop's order (colours are picked from this list). */
  teams: Team[];
  /** The running footer's words; the page numbers come from the printer. */
  footer: { company: string; version: string; fingerprint: string };
  sections: CharterSection[];
}

// ---------------------------------------------------------------- formatting

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "3 December 2026" for a calendar day; the same words on every machine, whatever its locale. */
function formatDay(day: string, format = DAY_FORMAT): string {
  if (!day) return '';
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : format.format(date);
}

/** A UTC timestamp as day and time in UTC: the charter does not guess the reader's time zone. */
function formatUtcMoment(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return `${SHORT_DAY_FORMAT.format(date)}, ${date.toISOString().slice(11, 16)} UTC`;
}

/** Local wall-clock time as the device recorded it ("2026-11-22T16:05:00+01:00"), in words, never converted. */
function formatLocalMoment(localTime: string, timeZone: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(localTime);
  if (!match) return `${localTime} (${timeZone})`;
  const [, day, time, offset] = match;
  const utcOffset = offset === 'Z' ? 'UTC' : `UTC${offset}`;
  return `${formatDay(day!)}, ${time} (${utcOffset}, ${timeZone})`;
}

const shortened = (text: string, length: number) => (text.length <= length ? text : `${oneLine(text, length - 1)}…`);

const joinAnd = (words: string[]) => (words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

// ---------------------------------------------------------------- the model

type Content = CharterRecord['content'];

interface Lookups {
  teamRef: (id: string | null) => TeamRef | null;
  teamName: (id: string | null, fallback?: string) => string;
  participantName: (id: string | null) => string;
  stageName: (id: string) => string;
}

function lookups(content: Content): Lookups {
  const teams = new Map(content.teams.map((t) => [t.id, t]));
  const participants = new Map(content.participants.map((p) => [p.id, p]));
  const stages = new Map(content.stages.map((s) => [s.id, s]));
  const teamRef = (id: string | null) => {
    const team = id === null ? undefined : teams.get(id);
    return team ? { id: team.id, name: team.name } : null;
  };
  return {
    teamRef,
    teamName: (id, fallback = 'No team') => teamRef(id)?.name ?? fallback,
    participantName: (id) => {
      const participant = id === null ? undefined : participants.get(id);
      return participant ? displayName(participant.name, 'participant') : 'No owner yet';
    },
    stageName: (id) => {
      const stage = stages.get(id);
      return stage ? displayName(stage.name, 'stage') : 'a stage no longer in the buying process';
    },
  };
}

export function buildCharterModel(record: CharterRecord): CharterModel {
  const { content } = record;
  const look = lookups(content);
  const company = content.cover.company.trim();
  const documentTitle = displayName(content.cover.title, 'workshop');
  const shortFingerprint = record.fingerprint.slice(0, 12);
  const swimlaneModel = buildSwimlanes(content);
  const sections: CharterSection[] = [
    cover(content, record, look, documentTitle),
    summary(content, swimlaneModel, look),
    // A check-in only: a first workshop's charter has exactly the sections it always had.
    ...sinceLastTimeSections(content, look),
    buyingProcess(content, swimlaneModel, look),
    responsibilities(content, swimlaneModel, look),
    handoff(content, look),
    bestCustomers(content),
    goals(content, look),
    rhythm(content, look),
    actions(content, look),
    pulse(content, look),
    signatures(content, record, look),
  ];
  return {
    lang: 'en',
    paperSize: record.paperSize,
    version: record.version,
    fingerprint: record.fingerprint,
    shortFingerprint,
    teams: content.teams,
    footer: { company: shortened(company || documentTitle, FOOTER_COMPANY_LENGTH), version: `Charter version ${record.version}`, fingerprint: `Fingerprint ${shortFingerprint}` },
    sections,
  };
}

/**
 * Final: at least one signature, and every participant signed or was marked absent (as
 * isCharterFinal decides for the workshop). A version from the history was superseded, final or
 * not, so it says how many signed it and how many were marked absent for it.
 */
function signoffStatusOf(content: Content, record: CharterRecord): SignoffStatus {
  const signed = new Set(record.signatures.map((s) => s.participantId));
  const absent = new Set(record.absent);
  const total = content.participants.length;
  const waiting = content.participants.filter((p) => !signed.has(p.id) && !absent.has(p.id)).length;
  const final = signed.size > 0 && waiting === 0;
  const of = `${signed.size} of ${total} participant${total === 1 ? '' : 's'} signed`;
  const absentText = absent.size > 0 ? `, ${absent.size} marked absent` : '';
  if (record.version < record.latestVersion) return { final: false, text: `Signed version: ${of}${absentText}.` };
  if (final) return { final: true, text: `Final: ${of}${absentText}.` };
  return { final: false, text: `Not final: ${of}${absentText}; ${waiting} not signed yet.` };
}

function supersededNotice(record: CharterRecord): string | null {
  if (record.version >= record.latestVersion) return null;
  return `Superseded by version ${record.latestVersion}: this is version ${record.version}, kept as it was signed. The charter changed after it was signed, and version ${record.latestVersion} must be signed again.`;
}

function sponsorsOf(content: Content, look: Lookups): Listing<PersonView> {
  const participants = new Map(content.participants.map((p) => [p.id, p]));
  return {
    items: content.rhythm.sponsors.map((s) => {
      const participant = s.participantId === null ? undefined : participants.get(s.participantId);
      const team = participant ? look.teamRef(participant.teamId) : null;
      return { name: sponsorName(s, content.participants), detail: [s.role.trim(), team?.name ?? ''].filter(Boolean).join(' · ') };
    }),
    empty: 'No executive sponsor was named.',
  };
}

function cover(content: Content, record: CharterRecord, look: Lookups, documentTitle: string): CoverSection {
  const { date, venue, facilitator } = content.cover;
  const byTeam = content.teams
    .map((team) => ({
      team: { id: team.id, name: team.name },
      participants: content.participants.filter((p) => p.teamId === team.id).map((p) => ({ name: displayName(p.name, 'participant'), detail: p.jobTitle.trim() })),
    }))
    .filter((group) => group.participants.length > 0);
  const teamIds = new Set(content.teams.map((t) => t.id));
  const withoutTeam = content.participants.filter((p) => !teamIds.has(p.teamId));
  if (withoutTeam.length > 0) {
    byTeam.push({ team: { id: '', name: 'No team' }, participants: withoutTeam.map((p) => ({ name: displayName(p.name, 'participant'), detail: p.jobTitle.trim() })) });
  }
  const superseded = supersededNotice(record);
  return {
    id: 'cover',
    title: 'Cover',
    documentTitle,
    kicker: 'Sales and marketing alignment charter',
    company: content.cover.company.trim(),
    details: [
      { label: 'Date', text: formatDay(date) || 'Not recorded' },
      { label: 'Venue', text: venue.trim() || 'Not recorded' },
      { label: 'Facilitator', text: facilitator.trim() || 'Not recorded' },
      // In the details row, so a charter printed before everyone signed says so without making the cover longer.
      { label: 'Sign-off', text: signoffStatusOf(content, record).text },
    ],
    participantsByTeam: { items: byTeam, empty: 'No participants were recorded.' },
    sponsors: sponsorsOf(content, look),
    versionLine: `Charter version ${record.version} · fingerprint ${record.fingerprint}${superseded ? ` · ${superseded}` : ''}`,
  };
}

function leadText(lead: SwimlaneModel['stages'][number]['lead'], look: Lookups): string {
  switch (lead.kind) {
    case 'team':
      return `Lead: ${look.teamName(lead.teamId)}`;
    case 'shared':
      return 'Lead: shared';
    case 'contested':
      return `Claimed by ${joinAnd(lead.teamIds.map((id) => look.teamName(id)))}`;
    case 'none':
      return 'No lead team yet';
  }
}

function charterSwimlanes(model: SwimlaneModel, look: Lookups): CharterSwimlanes {
  const stageName = (index: number) => displayName(model.stages[index]?.name ?? '', 'stage');
  return {
    stages: model.stages.map((stage, index) => ({ number: index + 1, name: displayName(stage.name, 'stage'), lead: leadText(stage.lead, look) })),
    lanes: model.lanes.map((lane) => ({
      team: { id: lane.team.id, name: lane.team.name },
      cells: lane.cells.map((cell) => ({ activities: cell.activities.map((a) => ({ name: displayName(a.name, 'activity'), roles: a.roles })) })),
    })),
    handoffs: model.handoffs.map((h) => ({
      id: h.handoffId,
      kind: h.kind,
      fromStageIndex: h.fromStageIndex,
      toStageIndex: h.toStageIndex,
      fromTeamId: h.fromTeamId,
      toTeamId: h.toTeamId,
      label: h.label,
      description: `${h.kind === 'handback' ? 'Hand-back' : 'Hand-off'} ${h.label}: ${look.teamName(h.fromTeamId)} (${stageName(h.fromStageIndex)}) → ${look.teamName(h.toTeamId)} (${stageName(h.toStageIndex)})`,
    })),
    empty: 'No stages were mapped, so there are no swimlanes.',
  };
}

function leadDefinitionView(d: Content['handoffs'][number]['leadDefinitions'][number]): LeadDefinitionView {
  return {
    shortName: d.shortName.trim(),
    name: displayName(d.name, 'definition'),
    criteria: { items: d.criteria.filter((c) => c.trim() !== ''), empty: 'No criteria were written down.' },
  };
}

function handoffRoute(h: Content['handoffs'][number], look: Lookups): string {
  return `${look.teamName(h.fromTeamId)} (${look.stageName(h.fromStageId)}) → ${look.teamName(h.toTeamId)} (${look.stageName(h.toStageId)})`;
}

function ownersText(teamIds: readonly string[], look: Lookups): string {
  return teamIds.length === 0 ? 'No owner yet' : joinAnd(teamIds.map((id) => look.teamName(id, 'a removed team')));
}

function summary(content: Content, swimlanes: SwimlaneModel, look: Lookups): SummarySection {
  const shared = content.goals.filter((g) => g.kind === 'shared');
  const more = shared.length - SUMMARY_GOALS;
  return {
    id: 'summary',
    title: 'Summary',
    swimlanes: charterSwimlanes(swimlanes, look),
    leadDefinitions: {
      items: content.handoffs.flatMap((h) => h.leadDefinitions.map((d) => ({ ...leadDefinitionView(d), route: handoffRoute(h, look) }))),
      empty: 'No lead definitions were agreed.',
    },
    sharedGoals: {
      items: shared.slice(0, SUMMARY_GOALS).map((g) => ({ name: displayName(g.name, 'goal'), target: g.target.trim() || 'No target yet', owners: ownersText(g.ownerTeamIds, look) })),
      empty: 'No shared goals were set.',
    },
    moreGoals: more > 0 ? `and ${more} more shared ${nounFor(more, { one: 'goal', other: 'goals' })} in Goals, metrics and incentives` : null,
  };
}

function buyingProcess(content: Content, swimlanes: SwimlaneModel, look: Lookups): BuyingProcessSection {
  return {
    id: 'buyingProcess',
    title: 'Buying process',
    stages: {
      items: content.stages.map((stage, index) => ({
        number: index + 1,
        name: displayName(stage.name, 'stage'),
        lead: leadText(swimlanes.stages[index]!.lead, look),
        fields: {
          items: [
            { label: 'What the customer is trying to do', text: stage.customerGoal },
            { label: 'Questions the customer asks', text: stage.customerQuestions },
            { label: 'Touchpoints and channels', text: stage.touchpoints },
            { label: 'Ready for the next stage when', text: stage.exitCriterion },
            { label: 'How we measure it', text: stage.measure },
          ].filter((field) => field.text.trim() !== ''),
          empty: 'No details were recorded for this stage.',
        },
      })),
      empty: 'No stages of the buying process were mapped.',
    },
  };
}

function responsibilities(content: Content, swimlanes: SwimlaneModel, look: Lookups): ResponsibilitiesSection {
  const teams = swimlanes.lanes.map((lane) => ({ id: lane.team.id, name: lane.team.name }));
  return {
    id: 'responsibilities',
    title: 'Responsibilities',
    teams,
    legend: (['R', 'A', 'C', 'I'] as const).map((role) => ({ label: role, text: RACI_ROLE_LABELS[role] })),
    stages: {
      items: content.stages.map((stage, index) => ({
        number: index + 1,
        name: displayName(stage.name, 'stage'),
        lead: leadText(swimlanes.stages[index]!.lead, look),
        activities: {
          items: content.activities
            .filter((a) => a.stageId === stage.id)
            .map((a) => ({
              name: displayName(a.name, 'activity'),
              description: a.description.trim(),
              roles: teams.map((team) => (['R', 'A', 'C', 'I'] as const).filter((role) => a.roles.some((r) => r.teamId === team.id && r.role === role))),
            })),
          empty: 'No activities were agreed for this stage.',
        },
      })),
      empty: 'No stages were mapped, so no responsibilities were assigned.',
    },
  };
}

function handoff(content: Content, look: Lookups): HandoffSection {
  return {
    id: 'handoff',
    title: 'Hand-off agreements',
    handoffs: {
      items: content.handoffs.map((h) => {
        const to = look.teamName(h.toTeamId, 'The receiving team');
        const commitments: string[] = [];
        if (h.followUpHours !== null || h.followUpAttempts !== null) {
          const parts = [
            h.followUpHours !== null ? `within ${countNoun(h.followUpHours, NOUNS.businessHour)}` : '',
            h.followUpAttempts !== null ? `with ${countNoun(h.followUpAttempts, NOUNS.attempt)}` : '',
          ].filter(Boolean);
          commitments.push(`${to} follows up ${parts.join(', ')}.`);
        }
        if (h.volumePerPeriod !== null) commitments.push(`${h.volumePerPeriod.toLocaleString('en-GB')} ${nounFor(h.volumePerPeriod, { one: 'lead', other: 'leads' })} per ${h.volumePeriod}.`);
        return {
          heading: `${h.kind === 'handback' ? 'Hand-back' : 'Hand-off'}: ${look.stageName(h.fromStageId)} → ${look.stageName(h.toStageId)}`,
          route: `${look.teamName(h.fromTeamId)} → ${look.teamName(h.toTeamId)}`,
          leadDefinitions: { items: h.leadDefinitions.map(leadDefinitionView), empty: 'No lead definitions were agreed for this hand-off.' },
          commitments: { items: commitments, empty: 'No follow-up or volume commitment was agreed.' },
          details: [
            { label: 'Passed along with the lead', text: h.passedAlong },
            { label: 'What happens to a rejected lead', text: h.recyclePath },
            { label: 'How feedback on lead quality flows back', text: h.feedbackLoop },
          ].filter((field) => field.text.trim() !== ''),
          rejectionReasons: { items: h.rejectionReasons.filter((r) => r.trim() !== ''), empty: 'No reasons to reject a lead were listed.' },
        };
      }),
      empty: 'No hand-off was agreed.',
    },
  };
}

function bestCustomers(content: Content): BestCustomersSection {
  return {
    id: 'bestCustomers',
    title: 'Best customers',
    customers: {
      items: content.bestCustomers.map((c) => ({
        kind: c.kind === 'account' ? 'Named account' : 'Segment',
        name: displayName(c.name, 'segment'),
        whyValuable: c.whyValuable,
        marketingDoes: c.marketingDoes,
        salesDoes: c.salesDoes,
      })),
      empty: 'No best customers were named.',
    },
  };
}

function goals(content: Content, look: Lookups): GoalsSection {
  const groups = groupGoals(content);
  const view = (g: Content['goals'][number]): GoalView => ({
    name: displayName(g.name, g.kind === 'shared' ? 'goal' : 'metric'),
    definition: g.definition,
    owners: ownersText(g.ownerTeamIds, look),
    target: g.target,
    reviewCadence: g.reviewCadence,
  });
  return {
    id: 'goals',
    title: 'Goals, metrics and incentives',
    sharedGoals: { items: groups.shared.map(view), empty: 'No shared goals were set.' },
    teamMetrics: { items: groups.teamMetrics.map((g) => ({ ...view(g), kind: GOAL_KIND_LABELS[g.kind] })), empty: 'No team metrics were set.' },
    incentives: {
      items: content.incentives.map((i) => ({ kind: INCENTIVE_KIND_LABELS[i.kind], description: i.description, teams: i.teamIds.length === 0 ? 'No team yet' : joinAnd(i.teamIds.map((id) => look.teamName(id, 'a removed team'))) })),
      empty: 'No incentives were agreed.',
    },
  };
}

function rhythm(content: Content, look: Lookups): RhythmSection {
  const { meetings, insightLoops, rotations, glossary } = content.rhythm;
  return {
    id: 'rhythm',
    title: 'Operating rhythm',
    sponsors: sponsorsOf(content, look),
    meetings: {
      items: byCadence(meetings).map((m) => ({ name: displayName(m.name, 'meeting'), schedule: m.schedule ? describeSchedule(m.schedule) : '', cadence: m.cadence, attendees: m.attendees, purpose: m.purpose })),
      empty: 'No joint meetings were agreed.',
    },
    insightLoops: {
      items: insightLoops.map((l) => ({ information: l.information, route: `${look.teamName(l.fromTeamId, 'Not set')} → ${look.teamName(l.toTeamId, 'Not set')}`, system: l.system, frequency: l.frequency })),
      empty: 'No customer-insight loops were agreed.',
    },
    rotations: {
      items: rotations.map((r) => ({ kind: ROTATION_KIND_LABELS[r.kind], description: r.description, who: r.who, when: r.when })),
      empty: 'No job rotations, ride-alongs or co-location were agreed.',
    },
    glossary: { items: glossary.map((g) => ({ term: g.term, definition: g.definition })), empty: 'No glossary terms were written down.' },
  };
}

/** Where an action came from, as the actions CSV says it: its stage when that is still mapped, else the part of the day, else ''. */
function actionOrigin(action: Content['actions'][number], content: Content): string {
  const stage = action.stageId === undefined ? undefined : content.stages.find((s) => s.id === action.stageId);
  if (stage) return displayName(stage.name, 'stage');
  return action.topic === undefined ? '' : PHASES[action.topic].label;
}

// ---------------------------------------------------------------- since last time (a check-in)

const GAP_CHANGE_LABELS = { closed: 'Closed', opened: 'Opened', narrowed: 'Narrowed', widened: 'Widened', steady: 'Much the same' } as const;
const VERDICT_LABELS = { met: 'Met', missed: 'Missed', notRecorded: 'Not recorded' } as const;
const MEASURE_LABELS = { followUpHours: 'Follow-up time', followUpAttempts: 'Follow-up attempts', volumePerPeriod: 'Lead volume' } as const;

const average = (value: number | null) => (value === null ? '–' : value.toFixed(1));
const percent = (share: number) => `${Math.round(share * 100)}%`;

function sinceLastTimeSections(content: Content, look: Lookups): SinceLastTimeSection[] {
  const checkIn = content.checkIn ?? null;
  const comparison = compareCheckIn({ checkIn, pulse: content.pulse, participants: content.participants, teams: content.teams });
  if (checkIn === null || comparison === null) return [];
  const last = checkIn.earlier.at(-1)!;
  const dayOf = (day: { title: string; date: string }) => `${displayName(day.title, 'workshop')} (${formatDay(day.date) || 'no date recorded'})`;
  // Hand-offs of last time name their teams as they were then; a team renamed since still reads by its old name there.
  const teamsThen = new Map(last.teams.map((t) => [t.id, t.name]));
  const teamName = (id: string) => teamsThen.get(id) ?? look.teamName(id, 'a removed team');
  const series = checkIn.earlier.length;
  return [
    {
      id: 'sinceLastTime',
      title: 'Since last time',
      intro:
        series === 1
          ? `This check-in follows ${dayOf(last)}, as signed in its charter version ${last.charterVersion}. What became of what was agreed there, and how the teams score the pulse now.`
          : `This check-in follows ${countNoun(series, NOUNS.workshop)} of the same series, each as signed; the last was ${dayOf(last)}. What became of what was agreed there, and how the teams score the pulse now.`,
      earlier: checkIn.earlier.map((day) => ({
        title: displayName(day.title, 'workshop'),
        date: formatDay(day.date, SHORT_DAY_FORMAT) || 'No date',
        version: `Version ${day.charterVersion}`,
        fingerprint: day.fingerprint.slice(0, 12),
      })),
      pulse: sinceLastTimePulse(comparison, checkIn.earlier, look),
      actions: sinceLastTimeActions(comparison.actions),
      commitments: sinceLastTimeCommitments(comparison.commitments, look, teamName),
    },
  ];
}

function sinceLastTimePulse(comparison: CheckInComparison, earlier: NonNullable<Content['checkIn']>['earlier'], look: Lookups): SinceLastTimeSection['pulse'] {
  const { closed, opened } = comparison.sinceLastTime;
  const gaps = (n: number) => countNoun(n, { one: 'gap', other: 'gaps' });
  const days = earlier.map((day) => formatDay(day.date, SHORT_DAY_FORMAT) || displayName(day.title, 'workshop'));
  const scored = comparison.sinceLastTime.rows.some((row) => row.teams.some((t) => t.now !== null || t.then !== null));
  return {
    summary: scored
      ? `Since last time ${closed === 0 ? 'no gap' : gaps(closed)} between the teams closed and ${opened === 0 ? 'none' : opened.toLocaleString('en-GB')} opened (a gap: team averages a point or more apart, on the 1–5 scale).`
      : 'The pulse was not scored last time or now, so there is nothing to compare.',
    daysHeading: `Per team: ${[...days, 'now'].join(' → ')}`,
    statements: {
      items: comparison.sinceLastTime.rows.map((row, index) => {
        const across = comparison.pulseAcrossDays[index]!;
        return {
          number: index + 1,
          text: row.text,
          teams: across.teams
            .filter((t) => t.now !== null || t.earlier.some((v) => v !== null))
            .map((t) => ({ team: look.teamRef(t.teamId)!, scores: [...t.earlier, t.now].map(average).join(' → ') })),
          gap: row.gapThen === null && row.gapNow === null ? 'Not enough scores' : `${average(row.gapThen)} → ${average(row.gapNow)}`,
          // compareCheckIn calls a gap it cannot compare "steady": say why instead.
          change: row.gapThen === null || row.gapNow === null ? 'Not enough scores' : GAP_CHANGE_LABELS[row.change],
        };
      }),
      empty: 'No pulse statements were asked.',
    },
  };
}

function sinceLastTimeActions(summary: CheckInComparison['actions']): SinceLastTimeSection['actions'] {
  const { agreed, counts, unreviewed, shareDone } = summary;
  const tally = (['late', 'dropped', 'open'] as const).map((outcome) => `${ACTION_OUTCOME_LABELS[outcome].toLowerCase()} ${counts[outcome].toLocaleString('en-GB')}`);
  return {
    summary:
      shareDone === null
        ? 'No actions were agreed last time.'
        : `${counts.done.toLocaleString('en-GB')} of ${countNoun(agreed, NOUNS.action)} agreed last time done (${percent(shareDone)}); ${tally.join(', ')}${unreviewed > 0 ? `; ${unreviewed.toLocaleString('en-GB')} not reviewed yet` : ''}.`,
    items: {
      items: summary.rows.map((row) => ({
        title: displayName(row.title, 'action'),
        owner: row.ownerName.trim() || 'No owner',
        due: formatDay(row.due, SHORT_DAY_FORMAT) || 'No date',
        outcome: row.outcome === null ? 'Not reviewed' : ACTION_OUTCOME_LABELS[row.outcome],
        reason: row.reason,
      })),
      empty: 'No actions were agreed last time.',
    },
  };
}

function sinceLastTimeCommitments(summary: CheckInComparison['commitments'], look: Lookups, teamName: (id: string) => string): SinceLastTimeSection['commitments'] {
  const { rows, met, missed, notRecorded } = summary;
  const total = met + missed + notRecorded;
  const heading = (row: (typeof rows)[number]) => `${row.kind === 'handback' ? 'Hand-back' : 'Hand-off'}: ${look.stageName(row.fromStageId)} → ${look.stageName(row.toStageId)}`;
  const route = (row: (typeof rows)[number]) => `${teamName(row.fromTeamId)} → ${teamName(row.toTeamId)}`;
  const amount = (measure: keyof typeof MEASURE_LABELS, value: number, period: string) => {
    if (measure === 'followUpHours') return countNoun(value, NOUNS.businessHour);
    if (measure === 'followUpAttempts') return countNoun(value, NOUNS.attempt);
    return `${value.toLocaleString('en-GB')} ${nounFor(value, { one: 'lead', other: 'leads' })} per ${period}`;
  };
  // Follow-up is kept within the hours; attempts and volume at least as many as committed (compareCheckIn's rule).
  const committedText = (measure: keyof typeof MEASURE_LABELS, value: number, period: string) => `${measure === 'followUpHours' ? 'within' : 'at least'} ${amount(measure, value, period)}`;
  return {
    summary:
      total === 0
        ? 'No follow-up or volume commitment was agreed last time.'
        : `Of ${countNoun(total, { one: 'commitment', other: 'commitments' })} made at the hand-offs last time: ${met.toLocaleString('en-GB')} met, ${missed.toLocaleString('en-GB')} missed${notRecorded > 0 ? `, ${notRecorded.toLocaleString('en-GB')} not recorded` : ''}.`,
    items: {
      items: rows.flatMap((row) =>
        row.measures.map((m) => ({
          handoff: heading(row),
          route: route(row),
          measure: MEASURE_LABELS[m.measure],
          committed: committedText(m.measure, m.committed, row.volumePeriod),
          actual: m.actual === null ? 'Not recorded' : amount(m.measure, m.actual, row.volumePeriod),
          verdict: VERDICT_LABELS[m.verdict],
        })),
      ),
      empty: 'No follow-up or volume commitment was agreed last time.',
    },
    notes: {
      items: rows.filter((row) => row.note.trim() !== '').map((row) => ({ handoff: heading(row), route: route(row), note: row.note })),
      empty: 'No notes were recorded on the hand-offs.',
    },
  };
}

function actions(content: Content, look: Lookups): ActionsSection {
  const participants = new Map(content.participants.map((p) => [p.id, p]));
  return {
    id: 'actions',
    title: 'Actions, parking lot and decisions',
    actions: {
      items: content.actions.map((a) => {
        const owner = a.ownerParticipantId === null ? undefined : participants.get(a.ownerParticipantId);
        return {
          title: displayName(a.title, 'action'),
          from: actionOrigin(a, content),
          owner: owner ? `${look.participantName(owner.id)} (${look.teamName(owner.teamId)})` : 'No owner yet',
          due: formatDay(a.due, SHORT_DAY_FORMAT) || 'No date',
          status: ACTION_STATUS_LABELS[a.status],
        };
      }),
      empty: 'No actions were agreed.',
    },
    parkingLot: { items: content.parkingLot.map((p) => ({ text: p.text, raisedIn: PHASES[p.raisedInPhase].label })), empty: 'The parking lot is empty.' },
    decisions: {
      items: content.decisions.map((d) => ({ text: displayName(d.text, 'decision'), method: DECISION_METHOD_LABELS[d.method], result: d.result, dissent: d.dissent, decidedAt: formatUtcMoment(d.decidedAt) })),
      empty: 'No decisions were recorded.',
    },
  };
}

function pulse(content: Content, look: Lookups): PulseSection {
  const numbers = new Map(content.pulse.statements.map((s, index) => [s.id, index + 1]));
  const rows = summarizePulse(content);
  const scoredTeams = new Set(rows.flatMap((r) => r.averages.map((a) => a.teamId)));
  const scorers = new Set(content.pulse.scores.map((s) => s.participantId)).size;
  return {
    id: 'pulse',
    title: 'Pulse',
    intro:
      scorers === 0
        ? 'Nobody scored the pulse statements.'
        : `${countNoun(scorers, NOUNS.participant)} scored each statement from 1 (strongly disagree) to 5 (strongly agree). Averages per team, the biggest gaps between teams first.`,
    teams: content.teams.filter((t) => scoredTeams.has(t.id)).map((t) => ({ id: t.id, name: t.name })),
    statements: {
      items: rows.map((row) => ({
        number: numbers.get(row.statementId) ?? 0,
        text: row.text,
        averages: row.averages.map((a) => ({ team: look.teamRef(a.teamId)!, average: a.average, averageText: a.average.toFixed(1), scores: countNoun(a.count, NOUNS.score) })),
        gapText: row.averages.length >= 2 ? `Gap ${row.gap.toFixed(1)}` : row.averages.length === 1 ? 'One team scored' : 'No scores',
        notable: row.notable,
      })),
      empty: 'No pulse statements were scored.',
    },
  };
}

function signatures(content: Content, record: CharterRecord, look: Lookups): SignaturesSection {
  const participants = new Map(content.participants.map((p) => [p.id, p]));
  const sponsors = new Set(sponsorParticipantIds(content));
  const signed = new Set(record.signatures.map((s) => s.participantId));
  const absent = new Set(record.absent);
  const person = (p: Content['participants'][number]): PersonView => ({ name: displayName(p.name, 'participant'), detail: look.teamName(p.teamId) });
  const accepted = new Set(record.acceptedWarnings);
  return {
    id: 'signatures',
    title: 'Signatures',
    nature: SIGNOFF_NATURE,
    binding:
      'Each signature binds to the fingerprint below: the SHA-256 of this charter’s content. Any change to the content starts a new version that must be signed again; Accord can check a copy of this charter against it.',
    version: `Charter version ${record.version}`,
    fingerprint: record.fingerprint,
    superseded: supersededNotice(record),
    signoffStatus: signoffStatusOf(content, record),
    signatures: {
      items: record.signatures.map((s) => {
        const participant = participants.get(s.participantId);
        return {
          typedName: s.typedName,
          participantName: participant ? displayName(participant.name, 'participant') : 'A participant no longer listed',
          team: look.teamRef(s.teamId),
          sponsor: sponsors.has(s.participantId),
          signedAt: formatLocalMoment(s.signedAt, s.timeZone),
          statement: s.statement,
          strokesPath: strokesToSvgPath(s.strokes),
        };
      }),
      empty: `Nobody has signed version ${record.version} yet.`,
    },
    notSigned: {
      items: content.participants.filter((p) => !signed.has(p.id) && !absent.has(p.id)).map(person),
      empty: content.participants.length === 0 ? 'No participants were recorded.' : 'Every participant present has signed.',
    },
    absent: { items: content.participants.filter((p) => absent.has(p.id)).map(person), empty: 'Nobody was marked absent.' },
    warnings: {
      items: signoffWarnings(content).map((w) => ({ message: w.message, accepted: accepted.has(w.key), status: accepted.has(w.key) ? 'Accepted as it is' : 'Open' })),
      empty: 'No open warnings: the responsibility checks found no problem, and every action has an owner.',
    },
  };
}
