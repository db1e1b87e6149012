/**
 * Screenshots of the Hand-off, Best customers, Goals & incentives and Operating rhythm phases
 * (console 1920×1080 and 1366×768, projector 1920×1080 and 1280×720) with the sample workshop,
 * an empty workshop (the teaching empty states) and a stress workshop (20 stages, 40
 * participants, long names, several scripts). Run after a build:
 *   ACCORD_OUT_DIR=.out-forms npx tsx test/e2e/support/screenshots-forms.ts [outDir]
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Command } from '../../../src/domain/commands';
import type { PhaseId } from '../../../src/domain/workshopSchema';
import { buildLargeWorkshop } from '../../helpers/buildLargeWorkshop';
import { connectHostClient } from './connectHostClient';
import { E2E_CONTEXT_OPTIONS, launchOwnBrowser } from './launchBrowser';
import { REPO_ROOT, startWebHost } from './startWebHost';

const CONSOLE_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
];
const PROJECTOR_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];
const PHASES: PhaseId[] = ['handoff', 'bestCustomers', 'goals', 'rhythm'];

async function main() {
  const outDir = resolve(process.argv[2] ?? join(REPO_ROOT, 'screenshots', 'forms'));
  await mkdir(outDir, { recursive: true });
  const only = process.env.ONLY?.split(',');
  const host = await startWebHost();
  const browser = await launchOwnBrowser();
  try {
    const context = await browser.newContext({ ...E2E_CONTEXT_OPTIONS, viewport: CONSOLE_SIZES[0]!, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(host.launchUrl);
    await page.getByTestId('workshop-shell').waitFor();
    const projector = await context.newPage();
    await projector.goto(`${host.origin}/?view=projector`);
    await projector.getByTestId('projector').waitFor();
    const { api } = await connectHostClient(host.origin, context);
    const run = async (command: Command) => {
      const result = await api.dispatch(command);
      if (!result.ok) throw new Error(`${command.type}: ${result.rejection.path} ${result.rejection.message}`);
    };
    const shoot = async (target: Page, name: string) => {
      await target.waitForTimeout(200);
      await target.screenshot({ path: join(outDir, `${name}.png`), animations: 'disabled' });
      console.log(name);
    };
    const shootSet = async (set: string) => {
      for (const phase of PHASES) {
        if (only && !only.includes(phase)) continue;
        await run({ type: 'goToPhase', phase });
        await page.locator(`[data-testid="phase-view"][data-phase="${phase}"]`).waitFor();
        await projector.locator(`[data-testid="projector"][data-phase="${phase}"]`).waitFor();
        for (const size of CONSOLE_SIZES) {
          await page.setViewportSize(size);
          await page.getByTestId('phase-view').evaluate((el) => el.scrollTo(0, 0));
          await shoot(page, `${set}-${phase}-console-${size.width}x${size.height}`);
          const scrolls = await page.getByTestId('phase-view').evaluate((el) => Math.ceil(el.scrollHeight / el.clientHeight) - 1);
          for (let i = 1; i <= Math.min(scrolls, 3); i++) {
            await page.getByTestId('phase-view').evaluate((el, n) => el.scrollTo(0, el.clientHeight * n * 0.9), i);
            await shoot(page, `${set}-${phase}-console-${size.width}x${size.height}-p${i + 1}`);
          }
        }
        for (const size of PROJECTOR_SIZES) {
          await projector.setViewportSize(size);
          await shoot(projector, `${set}-${phase}-projector-${size.width}x${size.height}`);
        }
      }
    };

    // 1. The sample workshop as seeded.
    await shootSet('sample');

    // 2. A fresh workshop: the empty states that teach.
    const empty = await api.createWorkshop({ title: 'Empty forms rehearsal', templateId: 'b2b-considered' });
    await api.openWorkshop(empty.id);
    await page.getByTestId('workshop-shell').waitFor();
    await shootSet('empty');

    // 3. Stress: 20 stages, 40 participants, long names, several scripts.
    const large = buildLargeWorkshop({ activities: 60, notes: 20 });
    large.teams.push({ id: 'cs', name: 'Customer Success & Renewals (EMEA, APAC and the Americas)', kind: 'custom' });
    const imported = await api.importWorkshop('large.accord.json', JSON.stringify(large));
    if (!imported.ok) throw new Error(imported.message);
    await api.openWorkshop(imported.summary.id);
    await page.getByTestId('workshop-shell').waitFor();
    await run({ type: 'updateItem', collection: 'stages', id: 's3', patch: { name: 'Evaluation by the buying committee, procurement and legal — Évaluation 評価' } });
    await run({ type: 'updateItem', collection: 'stages', id: 's4', patch: { name: 'Commercial negotiation and contract redlining with the customer’s purchasing department' } });
    const long = 'Maximiliane Henriette von Sachsen-Altenburg-Wittelsbach';
    await run({
      type: 'addItem',
      collection: 'handoffs',
      item: {
        id: 'hx1', kind: 'handoff', fromStageId: 's3', toStageId: 's4', fromTeamId: 'marketing', toTeamId: 'sales',
        leadDefinitions: [
          { id: 'x1', name: 'Marketing-qualified lead (inbound and partner-sourced, all regions)', shortName: 'MQL', criteria: ['Fleet of 50+ vehicles or a named target account', 'Score ≥ 60 in the scoring model, including intent signals from the last 30 days', 'Rôle : responsable des opérations ou de la flotte', '担当者の連絡先が確認済み'] },
          { id: 'x2', name: 'Sales-accepted lead', shortName: 'SAL', criteria: ['SDR confirmed contact details and interest within two business days', 'Not an existing open opportunity'] },
          { id: 'x3', name: 'Sales-qualified lead', shortName: 'SQL', criteria: ['Budget range confirmed', 'Decision timeline under 6 months', 'Pain confirmed on a discovery call', 'Champion identified'] },
          { id: 'x4', name: 'Opportunity in the enterprise forecast', shortName: 'Enterprise-Opportunity-Qualifikation', criteria: ['Mutual action plan signed'] },
        ],
        passedAlong: 'Lead score and the reasons behind it, pages visited, content downloaded, webinar questions asked, company size and fleet size, and the campaign that sourced it. '.repeat(2),
        followUpHours: 4, followUpAttempts: 12, volumePerPeriod: 2400, volumePeriod: 'quarter',
        rejectionReasons: ['Fleet under 50 vehicles', 'Student or competitor', 'No contact possible after twelve attempts across three channels', 'Duplicate of an open opportunity'],
        recyclePath: 'Rejected leads return to the segment nurture sequence with the reason recorded; re-scored after 60 days.',
        feedbackLoop: 'SDR lead notes reviewed in the fortnightly pipeline meeting; rejection reasons reported monthly.',
      },
    });
    await run({
      type: 'addItem', collection: 'handoffs',
      item: { id: 'hx2', kind: 'handback', fromStageId: 's4', toStageId: 's1', fromTeamId: 'sales', toTeamId: 'cs', leadDefinitions: [{ id: 'x5', name: 'Recycled lead', shortName: 'Recycle', criteria: ['Interested but timeline over 6 months'] }], passedAlong: '', followUpHours: null, followUpAttempts: null, volumePerPeriod: null, volumePeriod: 'month', rejectionReasons: [], recyclePath: '', feedbackLoop: '' },
    });
    const customers = ['Regional logistics firms, 50–500 vehicles, in the Nordics, the Baltics and Northern Germany', 'Nordhavn Freight', '株式会社 渡辺運輸', 'Municipal fleets (waste, utilities, public transport)', 'Ålesund Maritime Logistics Holding ASA', 'Cold-chain distributors', 'Construction equipment rental'];
    for (const [i, name] of customers.entries()) {
      await run({ type: 'addItem', collection: 'bestCustomers', item: { id: `bx${i}`, kind: i % 2 ? 'account' : 'segment', name, whyValuable: 'Highest win rate and fastest onboarding; expand to the full fleet within a year.', marketingDoes: 'Segment campaigns, maintenance-cost benchmark report, executive roundtables.', salesDoes: 'Dedicated mid-market pod; fleet audit offer; named account plans.' } });
    }
    for (let i = 0; i < 4; i++) {
      await run({ type: 'addItem', collection: 'goals', item: { id: `gx${i}`, kind: 'shared', name: ['Qualified pipeline created across all regions and channels', 'Revenue from best-customer segments', 'Net revenue retention', '受注率の改善'][i]!, definition: 'Value of sales-qualified opportunities created in the quarter, as recorded in the CRM on the last business day.', ownerTeamIds: ['marketing', 'sales', 'cs'], target: '€4.2M per quarter', reviewCadence: 'Monthly' } });
    }
    for (let i = 0; i < 7; i++) {
      await run({ type: 'addItem', collection: 'goals', item: { id: `tx${i}`, kind: 'team', name: `Team metric ${i + 1}: ${['MQL-to-SQL conversion', 'Speed to first contact', 'Renewal rate', 'Content-sourced pipeline', 'Win rate on target accounts', 'Onboarding time', 'Cost per SQL'][i]}`, definition: '', ownerTeamIds: [['marketing', 'sales', 'cs'][i % 3]!], target: '25%', reviewCadence: 'Weekly' } });
    }
    await run({ type: 'addItem', collection: 'incentives', item: { id: 'ix1', kind: 'shared', description: '20% of both teams’ variable pay tied to qualified pipeline created.', teamIds: ['marketing', 'sales'] } });
    await run({ type: 'addItem', collection: 'sponsors', item: { id: 'sx1', participantId: 'p1', name: 'Participant 1', role: 'Chief Revenue Officer and Executive Vice President, Global Go-to-Market' } });
    await run({ type: 'addItem', collection: 'sponsors', item: { id: 'sx2', participantId: null, name: long, role: 'Chief Executive Officer' } });
    const meetings = [['Quarterly planning', 'Quarterly, half day'], ['Pipeline review', 'Every second Monday, 45 min'], ['Lead-quality stand-up', 'Weekly, Thursday 9:00'], ['Win/loss review', 'Monthly'], ['Annual kick-off', 'Yearly, January'], ['営業・マーケティング定例', 'Monthly, first Tuesday']];
    for (const [i, [name, cadence]] of meetings.entries()) {
      await run({ type: 'addItem', collection: 'meetings', item: { id: `mx${i}`, name: name!, cadence: cadence!, schedule: null, attendees: 'SDR lead, AEs, demand generation, marketing ops', purpose: 'Lead quality, follow-up, rejected leads and what we learn from them.' } });
    }
    await run({ type: 'addItem', collection: 'insightLoops', item: { id: 'lx1', information: 'Objections heard on discovery calls', fromTeamId: 'sales', toTeamId: 'marketing', system: 'CRM call notes, tagged', frequency: 'Monthly digest' } });
    await run({ type: 'addItem', collection: 'rotations', item: { id: 'rx1', kind: 'coLocation', description: 'Marketing ops sits with the SDR team two days a week.', who: 'Marketing operations', when: 'From February' } });
    for (const [i, [term, definition]] of [['MQL', 'A lead that meets the marketing-qualified criteria agreed at the hand-off.'], ['Recycle', 'Return a lead to nurture with the reason recorded.'], ['Pipeline', 'The total value of open, sales-qualified opportunities.'], ['Best customer', 'A segment or account we agreed to focus on first.'], ['受注', 'Closed-won: a signed contract.'], ['Champion', 'The person inside the customer who sells for us when we are not in the room.']].entries()) {
      await run({ type: 'addItem', collection: 'glossary', item: { id: `glx${i}`, term: term!, definition: definition! } });
    }
    await shootSet('stress');
  } finally {
    await browser.close();
    await host.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
