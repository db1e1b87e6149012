/**
 * The sample workshop grown to 20 stages with realistic long stage names, a crowded cell (50
 * activities), and hand-offs and hand-backs between stages far apart, so the printed summary
 * has to stack its swimlanes in groups and carry hand-offs from one group to another.
 */
import type { Workshop } from '../../src/domain/workshopSchema';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';

/** Stage names added after the sample's seven, some long enough to wrap over several lines. */
const EXTRA_STAGES = [
  'Technical due diligence with the customer’s IT department',
  'Security & compliance review',
  'Procurement',
  'Contract signature',
  'Implementation planning',
  'Data migration',
  'Training',
  'Go-live',
  'First value review',
  'Adoption',
  'Quarterly business review',
  'Renewal',
  'Referral programme',
];

export function twentyStageWorkshop(now = '2026-11-22T09:00:00.000Z'): Workshop {
  const w = createSampleWorkshop(now);
  const template = w.stages[0]!;
  EXTRA_STAGES.forEach((name, i) => {
    w.stages.push({ ...template, id: `xs${i}`, name, leadClaims: [i % 3 === 0 ? 'success' : i % 3 === 1 ? 'sales' : 'marketing'], leadShared: false });
  });
  const stageId = (number: number) => w.stages[number - 1]!.id;
  // Fifty activities in one cell: the summary counts them in words instead of naming them.
  for (let i = 0; i < 50; i++) {
    w.activities.push({ id: `xa${i}`, stageId: stageId(13), name: `Migrate data set ${i + 1}`, description: '', roles: [{ teamId: 'success', role: i % 2 ? 'R' : 'A' }, { teamId: 'sales', role: 'C' }] });
  }
  w.activities.push(
    { id: 'xb1', stageId: stageId(8), name: 'Answer the security questionnaire', description: '', roles: [{ teamId: 'sales', role: 'R' }, { teamId: 'leadership', role: 'A' }] },
    { id: 'xb2', stageId: stageId(17), name: 'Run the quarterly business review', description: '', roles: [{ teamId: 'success', role: 'R' }, { teamId: 'sales', role: 'C' }] },
    { id: 'xb3', stageId: stageId(20), name: 'Ask happy customers for referrals', description: '', roles: [{ teamId: 'marketing', role: 'R' }, { teamId: 'success', role: 'C' }] },
  );
  const base = w.handoffs[0]!;
  w.handoffs.push(
    { ...base, id: 'xh1', kind: 'handoff', fromStageId: stageId(11), toStageId: stageId(12), fromTeamId: 'sales', toTeamId: 'success', leadDefinitions: [{ id: 'xl1', name: 'Signed customer', shortName: 'Closed-won', criteria: ['Contract countersigned', 'Kick-off date agreed'] }] },
    { ...base, id: 'xh2', kind: 'handback', fromStageId: stageId(19), toStageId: stageId(4), fromTeamId: 'success', toTeamId: 'sales', leadDefinitions: [{ id: 'xl2', name: 'Expansion opportunity', shortName: 'Upsell', criteria: ['Usage above 80% of licences'] }] },
    { ...base, id: 'xh3', kind: 'handoff', fromStageId: stageId(6), toStageId: stageId(16), fromTeamId: 'success', toTeamId: 'marketing', leadDefinitions: [{ id: 'xl3', name: 'Reference candidate', shortName: 'Advocate', criteria: ['NPS 9 or 10'] }] },
  );
  return w;
}
