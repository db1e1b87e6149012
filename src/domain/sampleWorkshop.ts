/**
 * A finished-looking workshop for a fictional company, so a first-time facilitator sees
 * what a full day produces. Deterministic: the same ids every time.
 */
import { parseCadence } from './parseCadence';
import { createWorkshop, sequentialIds } from './createWorkshop';
import type { Workshop } from './workshopSchema';

export const SAMPLE_WORKSHOP_ID = 'sample-kestrel';

export function createSampleWorkshop(now: string): Workshop {
  const newId = sequentialIds('k');
  const w = createWorkshop({
    id: SAMPLE_WORKSHOP_ID,
    now,
    title: 'Kestrel sales & marketing alignment day',
    templateId: 'b2b-considered',
    newId,
  });
  w.setup = {
    ...w.setup,
    company: 'Kestrel Fleet Systems',
    date: '2026-12-03',
    venue: 'Harbourside Conference Centre, Room Atlas',
    facilitator: 'Dana Okafor',
  };
  w.teams.push({ id: 'success', name: 'Customer Success', kind: 'custom' });

  const people: [string, string, string][] = [
    ['Marguerite Fontaine', 'Chief Revenue Officer', 'leadership'],
    ['Tomasz Wiśniewski', 'VP Sales', 'sales'],
    ['Aisha Bello', 'Account Executive, Mid-Market', 'sales'],
    ['Jonas Weiß', 'Sales Development Lead', 'sales'],
    ['Priya Raghunathan', 'Head of Marketing', 'marketing'],
    ['Mateus Araújo', 'Demand Generation Manager', 'marketing'],
    ['Zoë Lindqvist', 'Product Marketing Manager', 'marketing'],
    ['Kenji Watanabe', 'Marketing Operations', 'marketing'],
    ['Leila Haddad', 'Customer Success Manager', 'success'],
  ];
  w.participants = people.map(([name, jobTitle, teamId], index) => ({ id: `p${index + 1}`, name, jobTitle, teamId }));

  // Pulse: marketing is more optimistic than sales about hand-off and follow-up.
  const byTeam: Record<string, number[]> = {
    marketing: [2, 2, 2, 3, 2, 3, 2, 2, 3, 4],
    sales: [1, 3, 1, 2, 2, 3, 3, 2, 2, 4],
    leadership: [2, 3, 2, 3, 2, 4, 2, 2, 3, 4],
    success: [2, 2, 3, 3, 2, 3, 2, 1, 2, 3],
  };
  w.participants.forEach((p, pi) => {
    w.pulse.statements.forEach((s, si) => {
      const base = byTeam[p.teamId]![si]!;
      const wobble = (pi + si) % 3 === 0 ? 1 : 0;
      w.pulse.scores.push({ participantId: p.id, statementId: s.id, score: Math.min(5, base + wobble) });
    });
  });

  const stage = (name: string) => w.stages.find((s) => s.name === name)!;
  const education = stage('Education');
  const consideration = stage('Consideration');
  const onboarding = stage('Onboarding');
  // The room disagreed about who leads Consideration: both teams claim it, the check flags it.
  consideration.leadShared = false;
  consideration.leadClaims = ['marketing', 'sales'];
  onboarding.leadClaims = ['success'];
  for (const activity of w.activities) {
    if (activity.stageId === onboarding.id) activity.roles = [{ teamId: 'success', role: 'R' }, { teamId: 'success', role: 'A' }, { teamId: 'sales', role: 'C' }];
  }
  w.activities.push({
    id: newId(),
    stageId: education.id,
    name: 'Nurture sequence for not-yet-ready leads',
    description: 'Six emails over eight weeks, by segment.',
    roles: [{ teamId: 'marketing', role: 'R' }],
  });

  w.handoffs.push(
    {
      id: 'h1',
      kind: 'handoff',
      fromStageId: education.id,
      toStageId: consideration.id,
      fromTeamId: 'marketing',
      toTeamId: 'sales',
      leadDefinitions: [
        { id: 'ld1', name: 'Marketing-qualified lead', shortName: 'MQL', criteria: ['Fleet of 50+ vehicles', 'Score ≥ 60 in the scoring model', 'Role: operations, fleet or maintenance lead'] },
        { id: 'ld2', name: 'Sales-accepted lead', shortName: 'SAL', criteria: ['SDR confirmed contact details and interest', 'Not an existing open opportunity'] },
        { id: 'ld3', name: 'Sales-qualified lead', shortName: 'SQL', criteria: ['Budget range confirmed', 'Decision timeline under 6 months', 'Pain confirmed on a discovery call'] },
      ],
      passedAlong: 'Lead score and the reasons behind it, pages visited, content downloaded, webinar questions asked, company size and fleet size.',
      followUpHours: 24,
      followUpAttempts: 6,
      volumePerPeriod: 120,
      volumePeriod: 'month',
      rejectionReasons: ['Fleet under 50 vehicles', 'Student or competitor', 'No contact possible after six attempts'],
      recyclePath: 'Rejected leads return to the segment nurture sequence with the reason recorded; re-scored after 60 days.',
      feedbackLoop: 'SDR lead notes reviewed in the fortnightly pipeline meeting; rejection reasons reported monthly.',
    },
    {
      id: 'h2',
      kind: 'handback',
      fromStageId: consideration.id,
      toStageId: education.id,
      fromTeamId: 'sales',
      toTeamId: 'marketing',
      leadDefinitions: [{ id: 'ld4', name: 'Recycled lead', shortName: 'Recycle', criteria: ['Interested but timeline over 6 months'] }],
      passedAlong: 'Reason for recycling and the expected timeline.',
      followUpHours: null,
      followUpAttempts: null,
      volumePerPeriod: null,
      volumePeriod: 'month',
      rejectionReasons: [],
      recyclePath: 'Enrolled in the long-term nurture track.',
      feedbackLoop: 'Quarterly review of recycled leads that came back.',
    },
  );

  w.bestCustomers.push(
    { id: 'bc1', kind: 'segment', name: 'Regional logistics firms, 50–500 vehicles', whyValuable: 'Highest win rate and fastest onboarding; expand to the full fleet within a year.', marketingDoes: 'Segment campaigns, maintenance-cost benchmark report.', salesDoes: 'Dedicated mid-market pod; fleet audit offer.' },
    { id: 'bc2', kind: 'account', name: 'Nordhavn Freight', whyValuable: 'Reference brand in the region; 2,000 vehicles.', marketingDoes: 'Executive roundtable invitation; tailored business case.', salesDoes: 'Named account plan with the CRO as executive sponsor.' },
  );
  w.goals.push(
    { id: 'g1', kind: 'shared', name: 'Qualified pipeline created', definition: 'Value of sales-qualified opportunities created in the quarter.', ownerTeamIds: ['marketing', 'sales'], target: '€4.2M per quarter', reviewCadence: 'Monthly' },
    { id: 'g2', kind: 'shared', name: 'Revenue from best-customer segments', definition: 'Closed revenue from the segments agreed in this workshop.', ownerTeamIds: ['marketing', 'sales'], target: '60% of new revenue', reviewCadence: 'Quarterly' },
    { id: 'g3', kind: 'team', name: 'MQL-to-SQL conversion', definition: 'Share of MQLs that become SQLs within 60 days.', ownerTeamIds: ['marketing'], target: '25%', reviewCadence: 'Monthly' },
    { id: 'g4', kind: 'team', name: 'Speed to first contact', definition: 'Median business hours from MQL to first contact attempt.', ownerTeamIds: ['sales'], target: '≤ 24 business hours', reviewCadence: 'Weekly' },
  );
  w.incentives.push(
    { id: 'i1', kind: 'shared', description: '20% of both teams’ variable pay tied to qualified pipeline created.', teamIds: ['marketing', 'sales'] },
    { id: 'i2', kind: 'individual', description: 'Account executives keep individual quota on closed revenue.', teamIds: ['sales'] },
  );
  w.rhythm.meetings.push(
    {
      id: 'm1',
      name: 'Pipeline review',
      cadence: 'Every second Monday, 45 min',
      schedule: { frequency: 'weekly', everyWeeks: 2, weekOfMonth: null, weekday: 'monday', startTime: '09:30', durationMinutes: 45, timeZone: 'Europe/Berlin', firstDate: '' },
      attendees: 'SDR lead, AEs, demand generation, marketing ops', purpose: 'Lead quality, follow-up, rejected leads.',
    },
    // As the room left it: the words say how often and how long, the day and time are still open.
    { id: 'm2', name: 'Quarterly planning', cadence: 'Quarterly, half day', schedule: parseCadence('Quarterly, half day').schedule, attendees: 'Both leadership teams and the CRO', purpose: 'Targets, campaigns and segment focus for the next quarter.' },
  );
  w.rhythm.insightLoops.push({ id: 'l1', information: 'Objections heard on discovery calls', fromTeamId: 'sales', toTeamId: 'marketing', system: 'CRM call notes, tagged', frequency: 'Monthly digest' });
  w.rhythm.rotations.push({ id: 'r1', kind: 'rideAlong', description: 'Each marketer joins two discovery calls per quarter.', who: 'All marketing', when: 'From January' });
  w.rhythm.glossary.push(
    { id: 'gl1', term: 'MQL', definition: 'A lead that meets the marketing-qualified criteria agreed at the hand-off.' },
    { id: 'gl2', term: 'Recycle', definition: 'Return a lead to nurture with the reason recorded.' },
  );
  w.rhythm.sponsors.push({ id: 's1', participantId: 'p1', name: 'Marguerite Fontaine', role: 'Chief Revenue Officer' });

  w.actions.push(
    { id: 'a1', title: 'Publish the lead definitions in the CRM and the wiki', ownerParticipantId: 'p8', due: '2026-12-17', status: 'open', stageId: null, topic: 'handoff' },
    { id: 'a2', title: 'Set up the fortnightly pipeline review', ownerParticipantId: 'p4', due: '2026-12-10', status: 'inProgress', stageId: null, topic: 'rhythm' },
    { id: 'a3', title: 'Propose the shared-incentive change to HR', ownerParticipantId: 'p1', due: '2027-01-15', status: 'open', stageId: null, topic: 'goals' },
  );
  w.parkingLot.push({ id: 'pl1', text: 'Do partners get the same lead definitions?', raisedInPhase: 'handoff', createdAt: now });
  w.decisions.push({ id: 'd1', text: 'Consideration is led by sales from the discovery call onwards.', method: 'fistOfFive', result: 'Average 4.1; no one below 3', dissent: '', decidedAt: now });
  w.notes.push(
    { id: 'n1', phase: 'buyingProcess', text: 'Customers often skip Education when referred by a peer', colour: 'yellow', createdAt: now },
    { id: 'n2', phase: 'responsibilities', text: 'Who owns the case-study pipeline?', colour: 'blue', createdAt: now },
  );
  w.currentPhase = 'responsibilities';
  return w;
}
