/**
 * Screenshots of the Actions phase and the facilitation tools (parking lot, sticky notes,
 * votes) on the console at 1920×1080 and 1366×768 and the projector at 1920×1080 and
 * 1280×720, with the sample workshop and with a stress workshop (40 participants, long
 * names, 2,000 notes). Run after a build:
 *   ACCORD_OUT_DIR=.out-actions npx tsx test/e2e/support/screenshots-actions.ts [outDir]
 */
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { buildLargeWorkshop } from '../../helpers/buildLargeWorkshop';
import { connectHostClient } from './connectHostClient';
import { E2E_CONTEXT_OPTIONS, launchOwnBrowser } from './launchBrowser';
import { EXTRA_PARTICIPANTS } from './screenshotData';
import { REPO_ROOT, startWebHost } from './startWebHost';

const CONSOLE_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
];
const PROJECTOR_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

const LONG_ACTIONS = [
  'Publish the agreed lead definitions (MQL, SAL, SQL) in the CRM, the wiki and the onboarding deck for every new SDR',
  'Set up the fortnightly pipeline review',
  'Propose the shared-incentive change to HR and Finance before the Q1 compensation plans are frozen',
  'Écrire le guide de qualification pour les partenaires francophones',
  '営業とマーケティングの共通用語集を作成する',
  'Ride-along calendar for marketing',
  'Instrument the website for intent signals and route them to the account owner within one business hour',
  'Review rejected-lead reasons monthly',
];

async function main() {
  const outDir = resolve(process.argv[2] ?? join(REPO_ROOT, 'screenshots', 'actions'));
  await mkdir(outDir, { recursive: true });
  const host = await startWebHost();
  const browser = await launchOwnBrowser();
  const shots: string[] = [];
  try {
    const context = await browser.newContext({ ...E2E_CONTEXT_OPTIONS, viewport: CONSOLE_SIZES[0]!, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(host.launchUrl);
    await page.getByTestId('workshop-shell').waitFor();
    const client = await connectHostClient(host.origin, context);
    const { api } = client;
    const sample = (await api.getSession())!;

    const shoot = async (target: Page, name: string) => {
      await target.waitForTimeout(200);
      const file = join(outDir, `${name}.png`);
      await target.screenshot({ path: file, animations: 'disabled' });
      shots.push(file);
    };
    const consoleSizes = async (name: string) => {
      for (const size of CONSOLE_SIZES) {
        await page.setViewportSize(size);
        await shoot(page, `${name}-${size.width}x${size.height}`);
      }
    };
    const projector = await context.newPage();
    await projector.goto(`${host.origin}/?view=projector`);
    await projector.getByTestId('projector').waitFor();
    const projectorSizes = async (name: string) => {
      for (const size of PROJECTOR_SIZES) {
        await projector.setViewportSize(size);
        await shoot(projector, `${name}-${size.width}x${size.height}`);
      }
    };

    // ---- The sample workshop, as seeded
    await api.dispatch({ type: 'goToPhase', phase: 'actions' });
    await page.getByTestId('actions-phase').waitFor();
    await consoleSizes('console-actions-sample');
    await projector.locator('[data-testid="projector"][data-phase="actions"]').waitFor();
    await projectorSizes('projector-actions-sample');

    // Facilitation tools on another phase
    await api.dispatch({ type: 'goToPhase', phase: 'buyingProcess' });
    await page.locator('[data-phase="buyingProcess"]').waitFor();
    await page.setViewportSize(CONSOLE_SIZES[1]!);
    await page.keyboard.press('Control+Shift+L');
    await page.getByTestId('parking-lot-drawer').waitFor();
    await page.keyboard.type('Should Customer Success own the renewal stage?');
    await shoot(page, 'parking-lot-drawer-1366x768');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+Shift+K');
    await page.getByTestId('notes-panel').waitFor();
    for (const [text, colour] of [
      ['Peer referrals skip Education entirely', 'blue'],
      ['Security review is its own stage for enterprise deals — often 6–8 weeks', 'orange'],
      ['Trial sign-up', 'green'],
    ] as const) {
      await page.getByRole('radio', { name: colour[0]!.toUpperCase() + colour.slice(1), exact: true }).first().check();
      await page.getByLabel('New sticky note').fill(text);
      await page.getByLabel('New sticky note').press('Enter');
      await page.getByTestId('sticky-note').filter({ hasText: text }).waitFor();
    }
    await page.getByTestId('sticky-note').first().getByRole('button', { name: /^Turn/ }).click();
    await consoleSizes('notes-panel');
    await page.getByTestId('sticky-note').first().getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Close sticky notes' }).click();

    await page.setViewportSize(CONSOLE_SIZES[1]!);
    await page.getByRole('button', { name: 'Vote' }).click();
    const dlg = page.getByTestId('vote-dialog');
    await dlg.waitFor();
    await dlg.getByRole('radio', { name: /Dot vote/ }).check();
    await dlg.getByLabel('Question').fill('Which hand-off problem do we fix first?');
    await dlg.getByLabel('Option 1', { exact: true }).fill('Slow follow-up on inbound leads');
    await dlg.getByLabel('Option 2', { exact: true }).fill('No shared definition of a sales-ready lead');
    await page.keyboard.press('Enter');
    await dlg.getByLabel('Option 3', { exact: true }).fill('Rejected leads vanish');
    await shoot(page, 'vote-new-1366x768');
    await dlg.getByRole('button', { name: 'Start dot vote' }).click();
    await dlg.getByTestId('dot-options').waitFor();
    for (const key of ['1', '2', '2', '2', '3', '2', '1']) await page.keyboard.press(key);
    await page.waitForTimeout(300);
    await consoleSizes('vote-dots');
    await dlg.getByRole('button', { name: 'Close and record' }).click();
    await page.getByTestId('vote-dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Vote' }).click();
    await dlg.getByRole('radio', { name: /Fist of five/ }).check();
    await dlg.getByLabel('Question').fill('Sales leads Consideration from the discovery call onwards');
    await dlg.getByLabel('Question').press('Enter');
    await dlg.getByTestId('fist-hands').waitFor();
    for (const key of ['4', '5', '3', '4', '2', '5', '4', '3', '4']) await page.keyboard.press(key);
    await page.waitForTimeout(300);
    await consoleSizes('vote-fist');
    await page.keyboard.press('Escape');

    // Actions again, with the votes in the decisions log, scrolled down
    await api.dispatch({ type: 'goToPhase', phase: 'actions' });
    await page.getByTestId('actions-phase').waitFor();
    await page.getByTestId('phase-view').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await consoleSizes('console-actions-sample-end');
    await projectorSizes('projector-actions-sample-votes');

    // ---- Stress: 40 participants, long action titles, a full decisions log, 2,000 notes
    const large = buildLargeWorkshop();
    large.currentPhase = 'actions';
    for (const [i, [name, jobTitle, team]] of EXTRA_PARTICIPANTS.entries()) {
      large.participants[i]!.name = name;
      large.participants[i]!.jobTitle = jobTitle;
      large.participants[i]!.teamId = team === 'success' ? 'leadership' : team;
    }
    for (let i = 0; i < 24; i++) {
      large.actions.push({ id: `act${i}`, title: LONG_ACTIONS[i % LONG_ACTIONS.length]!, ownerParticipantId: i % 5 === 4 ? null : `p${(i * 3) % 40}`, due: i % 6 === 5 ? '' : `2027-0${1 + (i % 6)}-1${i % 9}`, status: (['open', 'inProgress', 'done'] as const)[i % 3]!, stageId: null, topic: null });
    }
    for (let i = 0; i < 12; i++) {
      large.decisions.push({ id: `dec${i}`, text: `${LONG_ACTIONS[(i + 3) % LONG_ACTIONS.length]} — agreed as the way we work from January`, method: (['agreement', 'dotVote', 'fistOfFive'] as const)[i % 3]!, result: 'Average 3.8 from 14 hands; 1 at 2 or below', dissent: i % 4 === 0 ? 'Jürgen: the volume target is too high for Q1' : '', decidedAt: '2026-11-22T15:30:00.000Z' });
      large.parkingLot.push({ id: `park${i}`, text: `${LONG_ACTIONS[(i + 5) % LONG_ACTIONS.length]}?`, raisedInPhase: (['handoff', 'goals', 'buyingProcess'] as const)[i % 3]!, createdAt: '2026-11-22T10:00:00.000Z' });
    }
    const imported = await api.importWorkshop('large.accord.json', JSON.stringify(large));
    if (!imported.ok) throw new Error(`import failed: ${imported.message} ${JSON.stringify(imported.rejections.slice(0, 3))}`);
    await api.openWorkshop(imported.summary.id);
    await api.dispatch({ type: 'goToPhase', phase: 'actions' });
    await page.getByTestId('actions-phase').waitFor();
    await consoleSizes('console-actions-large');
    await projector.locator('[data-testid="projector"][data-phase="actions"]').waitFor();
    await projectorSizes('projector-actions-large');

    await api.dispatch({ type: 'goToPhase', phase: 'handoff' });
    await page.locator('[data-phase="handoff"]').waitFor();
    const started = Date.now();
    await page.getByRole('button', { name: /^Notes/ }).click();
    await page.getByTestId('sticky-note').first().waitFor();
    console.log(`notes panel with 500 notes in the phase opened in ${Date.now() - started} ms`);
    await consoleSizes('notes-panel-large');

    client.close();
    await context.close();
  } finally {
    await browser.close();
    await host.stop();
    await rm(host.dataDir, { recursive: true, force: true });
  }
  console.log(shots.join('\n'));
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
