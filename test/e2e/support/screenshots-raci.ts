/**
 * Screenshots of the Buying process and Responsibilities phases (console and projector), with the
 * sample workshop and with the large one (20 stages, 1,000 activities, 40 participants).
 *   ACCORD_OUT_DIR=.out-raci npx tsx test/e2e/support/screenshots-raci.ts [outDir]
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
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

async function main() {
  const outDir = resolve(process.argv[2] ?? join(REPO_ROOT, 'screenshots', 'raci'));
  await mkdir(outDir, { recursive: true });
  const host = await startWebHost();
  const browser = await launchOwnBrowser();
  try {
    const context = await browser.newContext({ ...E2E_CONTEXT_OPTIONS, viewport: CONSOLE_SIZES[0]!, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(host.launchUrl);
    await page.getByTestId('workshop-shell').waitFor();
    const { api, close } = await connectHostClient(host.origin, context);
    const projector = await context.newPage();
    await projector.goto(`${host.origin}/?view=projector`);

    const shoot = async (target: Page, name: string) => {
      await target.waitForTimeout(200);
      await target.screenshot({ path: join(outDir, `${name}.png`), animations: 'disabled' });
    };
    const shootBoth = async (label: string, phase: 'buyingProcess' | 'responsibilities', beforeConsole?: () => Promise<void>) => {
      await api.dispatch({ type: 'goToPhase', phase });
      await page.locator(`[data-testid="phase-view"][data-phase="${phase}"]`).waitFor();
      for (const size of CONSOLE_SIZES) {
        await page.setViewportSize(size);
        await beforeConsole?.();
        await shoot(page, `console-${label}-${size.width}x${size.height}`);
      }
      await projector.locator(`[data-testid="projector"][data-phase="${phase}"]`).waitFor();
      for (const size of PROJECTOR_SIZES) {
        await projector.setViewportSize(size);
        await shoot(projector, `projector-${label}-${size.width}x${size.height}`);
      }
    };

    // The sample workshop, with one long and one non-Latin stage name.
    const sample = (await api.getSession())!;
    const stages = sample.workshop.stages;
    await api.dispatch({ type: 'updateItem', collection: 'stages', id: stages[4]!.id, patch: { name: 'Purchase, procurement review & contract signature (legal + finance)' } });
    await shootBoth('bp-sample', 'buyingProcess');
    await shootBoth('raci-sample', 'responsibilities');
    await page.getByRole('button', { name: 'Swimlanes' }).click();
    for (const size of CONSOLE_SIZES) {
      await page.setViewportSize(size);
      await shoot(page, `console-raci-swimlanes-sample-${size.width}x${size.height}`);
    }
    await page.getByRole('button', { name: 'Matrix' }).click();

    // An empty map.
    const blank = await api.createWorkshop({ title: 'Blank map rehearsal', templateId: 'blank' });
    await api.openWorkshop(blank.id);
    await page.getByTestId('workshop-shell').waitFor();
    await shootBoth('bp-blank', 'buyingProcess');
    await shootBoth('raci-blank', 'responsibilities');

    // The large workshop.
    const large = buildLargeWorkshop();
    large.stages[3]!.name = 'Évaluation technique et juridique avec le comité d’achat — 評価と調達';
    large.handoffs.push({
      id: 'hx', kind: 'handoff', fromStageId: 's4', toStageId: 's5', fromTeamId: 'marketing', toTeamId: 'sales',
      leadDefinitions: [{ id: 'ldx', name: 'Marketing-qualified lead', shortName: 'MQL', criteria: [] }],
      passedAlong: '', followUpHours: null, followUpAttempts: null, volumePerPeriod: null, volumePeriod: 'month', rejectionReasons: [], recyclePath: '', feedbackLoop: '',
    });
    const imported = await api.importWorkshop('large.accord.json', JSON.stringify(large));
    if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported).slice(0, 400)}`);
    await api.openWorkshop(imported.summary.id);
    await page.getByTestId('workshop-shell').waitFor();
    await shootBoth('bp-large', 'buyingProcess');
    await page.getByTestId('stage-board').evaluate((el) => el.scrollTo(el.scrollWidth, 0));
    await shoot(page, 'console-bp-large-scrolled-1366x768');
    await shootBoth('raci-large', 'responsibilities');
    await page.getByRole('button', { name: 'Swimlanes' }).click();
    await shoot(page, 'console-raci-swimlanes-large-1366x768');
    close();
  } finally {
    await browser.close();
    await host.stop();
  }
  console.log(`Screenshots in ${outDir}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
