/**
 * The charter as a document: its sections in reading order, each fully resolved to the words a
 * reader sees (team and participant names, role words, dates, placeholders for what was never
 * named). The one input of the charter's rendering on the console, on the projector and in the
 * PDF, so the three can never tell a different story. Empty parts say so in words rather than
 * vanish, so a page-by-page review always walks the same pages.
 */
import { buildSwimlanes, type SwimlaneModel } from './buildSwimlanes';
import { byCadence } from './cadenceOrder';
import { describeSchedule } from './describeSchedule';
import type { CharterRecord } from './charterRecord';
import { countNoun, nounFor } from './countNoun';
import { displayName, sponsorName } from './displayNames';
import { groupGoals } from './groupGoals';
import { ACTION_STATUS_LABELS, DECISION_METHOD_LABELS, GOAL_KIND_LABELS, INCENTIVE_KIND_LABELS, NOUNS, RACI_ROLE_LABELS, ROTATION_KIND_LABELS } from './labels';
import { oneLine } from './oneLine';
import { PHASES } from './phases';
import { signoffWarnings, sponsorParticipantIds } from './signoff';
import { strokesToSvgPath } from './strokesToSvgPath';
import { summarizePulse } from './summarizePulse';
import type { PaperSize, RaciRole, Team } from './workshopSchema';

export const CHARTER_SECTION_IDS = ['cover', 'summary', 'buyingProcess', 'responsibilities', 'handoff', 'bestCustomers', 'goals', 'rhythm', 'actions', 'pulse', 'signatures'] as const;
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

export interface ActionsSection extends SectionBase<'actions'> {
  actions: Listing<{ title: string; owner: string; due: string; status: string }>;
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
