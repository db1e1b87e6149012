/**
 * The largest workshop a room realistically runs, filled in for every phase: 20 stages, 40
 * participants in four teams (one with a long custom name), long names in several scripts, and
 * enough hand-offs, best customers, goals, actions and decisions that no projection fits them
 * all. For checking that every projection stays legible at scale.
 */
import type { Workshop } from '../../src/domain/workshopSchema';
import { buildLargeWorkshop } from './buildLargeWorkshop';

const NAMES = [
  'Anna-Katharina Müller-Lüdenscheidt',
  '渡辺 美咲',
  '김민준',
  'Σταύρος Παπαδόπουλος',
  'Александра Кузнецова-Петрова',
  'Nguyễn Thị Minh Khai',
  'Zoë O’Sullivan-Fitzgerald',
  'Marguerite Fontaine de la Tour',
  'محمد عبد الرحمن',
  'Tomasz Wiśniewski',
];

const STAGE_NAMES = [
  'Recognises a problem worth solving',
  'Researches approaches and vendors',
  'Kundenbedarfsanalyse und Anforderungsaufnahme',
  'Builds the internal business case',
  'Shortlists suppliers',
  '製品デモと技術評価',
  'Proof of concept with real fleet data',
  'Συγκρίνει προσφορές',
  'Negotiates commercial terms and legal review',
  'Procurement and security questionnaire',
];

export function buildRoomScaleWorkshop(id = 'room-scale'): Workshop {
  const w = buildLargeWorkshop({ activities: 120, notes: 0, id, title: 'Fleet operations sales & marketing alignment — 渡辺 & Zoë' });
  w.setup.company = 'Kestrel Fleet Systems Europe GmbH';
  w.teams.push({ id: 'success', name: 'Customer Success & Renewals', kind: 'custom' });
  const teamIds = ['marketing', 'sales', 'leadership', 'success'];
  w.participants = w.participants.map((p, i) => ({ ...p, name: `${NAMES[i % NAMES.length]} ${Math.floor(i / NAMES.length) + 1}`, teamId: teamIds[i % 4]! }));
  w.stages = w.stages.map((s, i) => ({ ...s, name: STAGE_NAMES[i % STAGE_NAMES.length]! + (i >= STAGE_NAMES.length ? ' (renewal)' : '') }));
  w.activities = w.activities.map((a, i) => ({ ...a, name: i % 3 === 0 ? 'Qualify inbound demo requests against the ideal customer profile' : i % 3 === 1 ? 'Webinar' : 'Angebotserstellung und Preisfreigabe' }));
  w.pulse.scores = w.participants.flatMap((p, i) => w.pulse.statements.map((s, j) => ({ participantId: p.id, statementId: s.id, score: ((i + j * 3) % 5) + 1 })));
  w.handoffs = [0, 1, 2].map((n) => ({
    id: `h${n}`,
    kind: n === 2 ? 'handback' : 'handoff',
    fromStageId: `s${n * 4 + 2}`,
    toStageId: `s${n * 4 + 3}`,
    fromTeamId: n === 2 ? 'sales' : 'marketing',
    toTeamId: n === 2 ? 'marketing' : 'sales',
    leadDefinitions: ['MQL', 'SAL', 'SQL', 'Recycled'].map((short, d) => ({
      id: `h${n}d${d}`,
      name: `${short === 'MQL' ? 'Marketing qualified lead' : short === 'SAL' ? 'Sales accepted lead' : short === 'SQL' ? 'Sales qualified lead' : 'Recycled lead'} for fleets over 50 vehicles`,
      shortName: short,
      criteria: ['Fleet of 50+ vehicles', 'Budget holder identified by name', 'Visited pricing twice in 30 days', 'Timeline under six months', 'Uses a competitor’s telematics today', 'Agreed to a discovery call'],
    })),
    passedAlong: 'Everything we know.',
    followUpHours: 24,
    followUpAttempts: 5,
    volumePerPeriod: 1200,
    volumePeriod: 'month',
    rejectionReasons: [],
    recyclePath: '',
    feedbackLoop: '',
  }));
  const long = 'because they renew for years, refer their peers across the logistics industry, and their operations teams tell us exactly which features to build next, which makes them the most valuable customers we have in every region we sell in';
  w.bestCustomers = Array.from({ length: 8 }, (_, i) => ({
    id: `b${i}`,
    kind: i % 2 === 0 ? 'segment' : 'account',
    name: i === 0 ? 'Mid-market logistics operators with mixed fleets across several countries' : `Großkunde Spedition ${i} — 渡辺物流`,
    whyValuable: `They matter ${long}.`,
    marketingDoes: 'Runs an account-based programme with industry events, case studies from peers, and a quarterly fleet-efficiency benchmark report.',
    salesDoes: 'Assigns a named account executive and a solutions engineer, and runs a joint success plan from the first call to the renewal.',
  }));
  w.goals = [
    ...Array.from({ length: 5 }, (_, i) => ({ id: `g${i}`, kind: 'shared' as const, name: `Shared pipeline goal ${i + 1}: qualified pipeline from target accounts`, definition: 'Pipeline from target accounts, counted when sales accepts the opportunity.', ownerTeamIds: ['marketing', 'sales'], target: '€4.5 m per quarter', reviewCadence: 'Monthly' })),
    ...teamIds.flatMap((team, t) => Array.from({ length: 4 }, (_, i) => ({ id: `g${t}-${i}`, kind: 'team' as const, name: `${team} metric ${i + 1}: conversion from first meeting to proposal`, definition: '', ownerTeamIds: [team], target: '35 %', reviewCadence: 'Weekly' }))),
  ];
  w.rhythm.meetings = Array.from({ length: 7 }, (_, i) => ({ id: `m${i}`, name: `Joint pipeline review ${i + 1}`, cadence: ['Weekly', 'Monthly', 'Quarterly'][i % 3]!, schedule: null, attendees: 'Both teams', purpose: 'Walk the pipeline stage by stage and agree what moves, what stalls, and who acts on it before the next review.' }));
  w.rhythm.glossary = Array.from({ length: 7 }, (_, i) => ({ id: `gl${i}`, term: `Term ${i + 1} — Verkaufsbereitschaft`, definition: 'A lead both teams agree is ready for a sales conversation, by the criteria in the hand-off.' }));
  w.rhythm.sponsors = [{ id: 'sp0', participantId: 'p2', name: '', role: 'Chief Revenue Officer' }];
  w.actions = Array.from({ length: 14 }, (_, i) => ({
    id: `ac${i}`,
    title: i % 2 === 0 ? 'Publish the agreed lead definitions in the CRM and retrain the sales development team on them' : `Aktion ${i + 1}: 定例会議を設定する`,
    ownerParticipantId: `p${i}`,
    due: `2027-01-${String(10 + i).padStart(2, '0')}`,
    status: i % 5 === 0 ? 'inProgress' : i % 7 === 0 ? 'done' : 'open',
    stageId: null,
    topic: null,
  }));
  w.decisions = Array.from({ length: 6 }, (_, i) => ({ id: `d${i}`, text: `Decision ${i + 1}: marketing owns the first touch for every inbound lead until it meets the SAL criteria`, method: i % 2 === 0 ? 'agreement' : 'dotVote', result: i % 2 === 0 ? 'Agreed by all' : '14 dots of 20', dissent: '', decidedAt: '2026-11-22T11:00:00.000Z' }));
  return w;
}
