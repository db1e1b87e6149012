/** Builds a new workshop: the standard teams, agenda, pulse statements and a buying-process template. */
import { findTemplate } from './buyingProcessTemplates';
import { ALL_PHASES, PHASES } from './phases';
import { templateStages } from './templateStages';
import { defaultFacilitatorNotes } from './facilitatorPrompts';
import { emptySignoff } from './signoff';
import { noRoomFocus } from './roomFocus';
import { CURRENT_SCHEMA_VERSION, type Team, type Workshop } from './workshopSchema';

export interface NewWorkshopOptions {
  id: string;
  /** ISO-8601 creation time. */
  now: string;
  title: string;
  templateId: string;
  /** Makes a fresh id; injected so that this module stays pure and tests stay deterministic. */
  newId: () => string;
}

const DEFAULT_PULSE_STATEMENTS = [
  'We have one shared, written definition of a sales-ready lead.',
  'Marketing knows what happens to leads after the hand-off.',
  "Sales follows up on marketing's leads promptly.",
  'Our goals and metrics point the same way.',
  'Our incentives reward working together.',
  'We agree on who our most valuable customers are.',
  'Customer insight from sales reaches marketing systematically.',
  'We meet regularly to plan together.',
  "We understand each other's daily work.",
  'Leadership actively sponsors alignment between our teams.',
];

const STANDARD_TEAMS: Team[] = [
  { id: 'marketing', name: 'Marketing', kind: 'marketing' },
  { id: 'sales', name: 'Sales', kind: 'sales' },
  { id: 'leadership', name: 'Leadership', kind: 'leadership' },
];

/** A first workshop has nothing to look back on: every phase but the check-in's review. */
const FIRST_WORKSHOP_PHASES = ALL_PHASES.filter((phase) => phase !== 'sinceLastTime');

export function createWorkshop(options: NewWorkshopOptions): Workshop {
  const { id, now, title, templateId, newId } = options;
  const template = findTemplate(templateId) ?? findTemplate('blank')!;
  const teams = STANDARD_TEAMS.map((team) => ({ ...team }));
  const { stages, activities } = templateStages(template, teams, newId);
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    createdAt: now,
    updatedAt: now,
    setup: { company: '', title, date: '', venue: '', facilitator: '', dayLengthMinutes: 480, templateId: template.id, paperSize: null },
    teams,
    participants: [],
    agenda: FIRST_WORKSHOP_PHASES.map((phase) => ({ id: newId(), phase, minutes: PHASES[phase].defaultMinutes, included: true })),
    currentPhase: 'setup',
    timer: { agendaItemId: null, runningSince: null, elapsedSeconds: 0, extraMinutes: 0 },
    timeSpent: [],
    room: { screen: 'live', breakEndsAt: null, focus: noRoomFocus() },
    facilitatorNotes: defaultFacilitatorNotes(),
    pulse: { statements: DEFAULT_PULSE_STATEMENTS.map((text) => ({ id: newId(), text })), scores: [] },
    stages,
    activities,
    handoffs: [],
    bestCustomers: [],
    goals: [],
    incentives: [],
    rhythm: { meetings: [], insightLoops: [], rotations: [], glossary: [], sponsors: [] },
    actions: [],
    parkingLot: [],
    decisions: [],
    votes: [],
    notes: [],
    signoff: emptySignoff(),
    checkIn: null,
  };
}

/** A counter-based id maker for deterministic documents (samples, tests, benchmarks). */
export function sequentialIds(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${(++n).toString(36)}`;
}
