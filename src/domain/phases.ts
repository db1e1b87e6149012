/** The phases of a workshop, their names and default time boxes, and the rules for moving between them. */
import type { PhaseId, Workshop } from './workshopSchema';

export interface PhaseInfo {
  label: string;
  /** Suggested time box on a full-day agenda. */
  defaultMinutes: number;
  /** One line telling the room what this phase is for. */
  purpose: string;
}

export const PHASES = {
  setup: { label: 'Setup', defaultMinutes: 15, purpose: 'Who is in the room, the agenda, and where we start.' },
  pulse: { label: 'Pulse', defaultMinutes: 30, purpose: 'How aligned do we feel today? Everyone scores the same statements.' },
  sinceLastTime: { label: 'Since last time', defaultMinutes: 45, purpose: 'What became of our actions and the hand-off numbers we promised.' },
  buyingProcess: { label: 'Buying process', defaultMinutes: 60, purpose: "Map the customer's journey, stage by stage." },
  responsibilities: { label: 'Responsibilities', defaultMinutes: 75, purpose: 'Who does what at each stage, and who owns the outcome.' },
  handoff: { label: 'Hand-off', defaultMinutes: 60, purpose: 'When a lead is ready for sales, and what happens next.' },
  bestCustomers: { label: 'Best customers', defaultMinutes: 30, purpose: 'The customers that matter most, and what each team does for them.' },
  goals: { label: 'Goals & incentives', defaultMinutes: 45, purpose: 'Shared goals, each team’s metrics, and how we are rewarded.' },
  rhythm: { label: 'Operating rhythm', defaultMinutes: 45, purpose: 'How we keep talking after today.' },
  actions: { label: 'Actions', defaultMinutes: 30, purpose: 'Who does what by when, and what we decided.' },
  signoff: { label: 'Sign-off', defaultMinutes: 20, purpose: 'Review the charter and sign it.' },
} satisfies Record<PhaseId, PhaseInfo>;

/** Every phase in the day's order: PHASES lists them in PHASE_IDS' order (a test holds the two together), read here without zod. */
export const ALL_PHASES = Object.keys(PHASES) as readonly PhaseId[];

/** Phases the facilitator can open: setup and sign-off always, the rest while on the agenda. */
export function navigablePhases(workshop: Pick<Workshop, 'agenda'>): PhaseId[] {
  const onAgenda = workshop.agenda.filter((item) => item.included).map((item) => item.phase);
  const ordered: PhaseId[] = ['setup'];
  for (const phase of onAgenda) if (!ordered.includes(phase) && phase !== 'signoff') ordered.push(phase);
  ordered.push('signoff');
  return ordered;
}

export function adjacentPhase(workshop: Pick<Workshop, 'agenda' | 'currentPhase'>, direction: 1 | -1): PhaseId | null {
  const phases = navigablePhases(workshop);
  const index = phases.indexOf(workshop.currentPhase);
  return phases[index + direction] ?? null;
}
