/** A deterministic, realistically worded large workshop for benchmarks and stress tests. */
import { createWorkshop, sequentialIds } from '../../src/domain/createWorkshop';
import type { RaciRole, Workshop } from '../../src/domain/workshopSchema';

const WORDS = 'lead pipeline account segment webinar demo proposal onboarding renewal referral nurture scoring discovery qualification campaign content review forecast quota territory persona journey signal intent handoff feedback insight cadence'.split(' ');

function sentence(seed: number, length: number): string {
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(WORDS[(seed * 7 + i * 13) % WORDS.length]!);
  const text = words.join(' ');
  return text[0]!.toUpperCase() + text.slice(1) + '.';
}

interface LargeWorkshopOptions {
  stages?: number;
  activities?: number;
  notes?: number;
  participants?: number;
  /** Lets two of them share a library. */
  id?: string;
  title?: string;
}

/** The sizes the benchmarks compare, so that growth shows: about 5 MB (the default) and about 20 MB. */
export const LARGE_WORKSHOP_SIZES = {
  '5mb': { activities: 1000, notes: 2000 },
  '20mb': { activities: 4000, notes: 8000 },
} as const satisfies Record<string, LargeWorkshopOptions>;

export type LargeWorkshopSize = keyof typeof LARGE_WORKSHOP_SIZES;

export function buildLargeWorkshop(options: LargeWorkshopOptions = {}): Workshop {
  const { stages = 20, activities = 1000, notes = 2000, participants = 40, id = 'large-workshop', title = 'Large benchmark workshop' } = options;
  const newId = sequentialIds('L');
  const w = createWorkshop({ id, now: '2026-11-22T09:00:00.000Z', title, templateId: 'blank', newId });
  w.setup.company = 'Benchmark Industries';
  const teams = ['marketing', 'sales', 'leadership'];
  for (let p = 0; p < participants; p++) w.participants.push({ id: `p${p}`, name: `Participant ${p} ${sentence(p, 2)}`, jobTitle: sentence(p + 3, 3), teamId: teams[p % 3]! });
  for (let s = 0; s < stages; s++) {
    w.stages.push({
      id: `s${s}`,
      name: `Stage ${s + 1}: ${sentence(s, 2)}`,
      customerGoal: sentence(s, 40),
      customerQuestions: sentence(s + 1, 40),
      touchpoints: sentence(s + 2, 30),
      exitCriterion: sentence(s + 3, 20),
      measure: sentence(s + 4, 20),
      leadClaims: [teams[s % 2]!],
      leadShared: false,
    });
  }
  const roles: RaciRole[] = ['R', 'A', 'C', 'I'];
  for (let a = 0; a < activities; a++) {
    w.activities.push({
      id: `a${a}`,
      stageId: `s${a % stages}`,
      name: `Activity ${a}: ${sentence(a, 4)}`,
      description: sentence(a, 470),
      roles: teams.flatMap((teamId, t) => (a + t) % 4 === 3 ? [] : [{ teamId, role: roles[(a + t) % 4]! }]),
    });
  }
  const colours = ['yellow', 'blue', 'orange', 'green', 'pink'] as const;
  const phases = ['buyingProcess', 'responsibilities', 'handoff', 'goals'] as const;
  for (let n = 0; n < notes; n++) {
    w.notes.push({ id: `n${n}`, phase: phases[n % phases.length]!, text: sentence(n, 60), colour: colours[n % colours.length]!, createdAt: '2026-11-22T09:00:00.000Z' });
  }
  return w;
}
