/**
 * Takes the screenshots to check by eye (DESIGN.md "Check by looking"): the library and the
 * console on Setup at 1920×1080 and 1366×768, the projector at 1920×1080 and 1280×720, with
 * 40 participants, long names and several scripts. Run after `npx electron-vite build`:
 *   npx tsx test/e2e/support/screenshots.ts [outDir]
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { connectHostClient } from './connectHostClient';
import { E2E_CONTEXT_OPTIONS, launchOwnBrowser } from './launchBrowser';
import { EXTRA_PARTICIPANTS, LONG_TITLE } from './screenshotData';
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
  const outDir = resolve(process.argv[2] ?? join(REPO_ROOT, 'screenshots'));
  await mkdir(outDir, { recursive: true });
  const host = await startWebHost();
  const browser = await launchOwnBrowser();
  const shots: string[] = [];
  let stopRestarted: () => Promise<void> = async () => undefined;
  try {
    const context = await browser.newContext({ ...E2E_CONTEXT_OPTIONS, viewport: CONSOLE_SIZES[0]!, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(host.launchUrl);
    await page.getByTestId('workshop-shell').waitFor();
    const client = await connectHostClient(host.origin, context);
    const { api } = client;

    // Arrange: the sample with 40 participants and a long title, plus a few more workshops.
    const sample = (await api.getSession())!;
    for (const [i, [name, jobTitle, teamId]] of EXTRA_PARTICIPANTS.entries()) {
      await api.dispatch({ type: 'addItem', collection: 'participants', item: { id: `extra-${i}`, name, jobTitle, teamId } });
    }
    await api.dispatch({ type: 'updateSetup', patch: { venue: 'Harbourside Conference Centre, Room Atlas — 3rd floor, Strandvejen 122, 2900 Hellerup' } });
    const long = await api.createWorkshop({ title: LONG_TITLE, templateId: 'enterprise-committee' });
    await api.openWorkshop(long.id);
    await api.dispatch({ type: 'updateSetup', patch: { company: 'Ålesund Maritime Logistics Holding ASA (Nordic & Baltic division)', date: '2027-01-19' } });
    const japanese = await api.createWorkshop({ title: '販売とマーケティングの連携ワークショップ', templateId: 'transactional-smb' });
    await api.openWorkshop(japanese.id);
    await api.dispatch({ type: 'updateSetup', patch: { company: '株式会社 渡辺製作所' } });
    await api.createWorkshop({ title: 'Blank map rehearsal', templateId: 'blank' });
    await api.closeWorkshop();

    const shoot = async (target: Page, name: string) => {
      const file = join(outDir, `${name}.png`);
      await target.screenshot({ path: file, animations: 'disabled' });
      shots.push(file);
    };

    // Library
    for (const size of CONSOLE_SIZES) {
      await page.setViewportSize(size);
      await page.getByTestId('workshop-card').nth(3).waitFor();
      await page.waitForTimeout(150);
      await shoot(page, `library-${size.width}x${size.height}`);
    }

    // A long title and company in the top bar, at the smaller console size.
    await api.openWorkshop(long.id);
    await page.getByTestId('workshop-shell').waitFor();
    await shoot(page, 'console-long-title-1366x768');

    // Console on Setup, top and scrolled to the end of the participants.
    await api.openWorkshop(sample.workshop.id);
    await api.dispatch({ type: 'goToPhase', phase: 'setup' });
    await page.getByTestId('workshop-shell').waitFor();
    for (const size of CONSOLE_SIZES) {
      await page.setViewportSize(size);
      await page.getByTestId('phase-view').evaluate((el) => el.scrollTo(0, 0));
      await page.waitForTimeout(150);
      await shoot(page, `console-setup-${size.width}x${size.height}`);
      await page.getByTestId('phase-view').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.waitForTimeout(150);
      await shoot(page, `console-setup-end-${size.width}x${size.height}`);
    }

    // The long names, mid-table.
    await page.locator('input[value^="Maximiliane"]').scrollIntoViewIfNeeded();
    await page.getByTestId('phase-view').evaluate((el) => el.scrollBy(0, 120));
    await shoot(page, 'console-setup-long-names-1366x768');

    // A phase that is still a placeholder.
    await api.dispatch({ type: 'goToPhase', phase: 'responsibilities' });
    await page.locator('[data-phase="responsibilities"]').waitFor();
    await shoot(page, 'console-placeholder-1366x768');

    // Projector, following the session.
    const projector = await openProjector(context, host.origin);
    for (const phase of ['setup', 'goals'] as const) {
      await api.dispatch({ type: 'goToPhase', phase });
      await projector.locator(`[data-testid="projector"][data-phase="${phase}"]`).waitFor();
      for (const size of PROJECTOR_SIZES) {
        await projector.setViewportSize(size);
        await projector.waitForTimeout(150);
        await shoot(projector, `projector-${phase}-${size.width}x${size.height}`);
      }
    }
    await api.dispatch({ type: 'goToPhase', phase: 'setup' });

    // A save that fails: the workshops folder is replaced by a file, so every write fails.
    const workshopsDir = join(host.dataDir, 'workshops');
    await rename(workshopsDir, `${workshopsDir}.away`);
    await writeFile(workshopsDir, 'not a folder');
    await page.getByLabel('Venue', { exact: true }).fill('Harbourside, Room Atlas');
    await page.locator('[data-testid="save-indicator"][data-status="failed"]').waitFor({ timeout: 15_000 });
    await shoot(page, 'console-save-failed-1366x768');
    await rm(workshopsDir);
    await rename(`${workshopsDir}.away`, workshopsDir);
    await page.locator('[data-testid="save-indicator"][data-status="saved"]').waitFor({ timeout: 30_000 });

    // Dialogs and the import problem panel, on the library.
    await api.closeWorkshop();
    await page.getByTestId('workshop-card').first().waitFor();
    await page.getByRole('button', { name: 'New workshop' }).click();
    await page.getByTestId('new-workshop-dialog').waitFor();
    await page.waitForTimeout(250);
    await shoot(page, 'dialog-new-workshop-1366x768');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: `Delete ${LONG_TITLE}` }).click();
    await page.getByTestId('delete-dialog').waitFor();
    await page.waitForTimeout(250);
    await shoot(page, 'dialog-delete-1366x768');
    await page.keyboard.press('Escape');
    const damaged = JSON.parse((await api.exportWorkshop(sample.workshop.id)).text);
    damaged.stages[1].name = 'N'.repeat(400);
    damaged.stages[0].colour = 'red';
    for (const activity of damaged.activities.slice(0, 12)) activity.roles[0] = { teamId: 'sales', role: 'X' };
    await page.getByTestId('import-file-input').setInputFiles({ name: 'kestrel-edited-by-hand.accord.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(damaged)) });
    await page.getByTestId('import-problem').waitFor();
    await shoot(page, 'library-import-problem-1366x768');
    await api.openWorkshop(sample.workshop.id);
    await page.getByTestId('workshop-shell').waitFor();

    // The host goes away: both windows say so.
    client.close();
    await host.stop({ keepData: true });
    await page.getByTestId('connection-banner').waitFor();
    await shoot(page, 'console-connection-lost-1366x768');
    await projector.locator('.projector__offline').waitFor();
    await shoot(projector, 'projector-connection-lost-1280x720');

    // The workshop file is damaged while Accord is closed: the library flags it, opening restores the last snapshot.
    await writeFile(join(workshopsDir, `${sample.workshop.id}.accord.json`), '{"schemaVersion": 1, "trunc');
    const restarted = await startWebHost({ dataDir: host.dataDir });
    stopRestarted = () => restarted.stop();
    await page.goto(restarted.launchUrl);
    await page.getByTestId('workshop-problem').waitFor();
    await shoot(page, 'library-problem-1366x768');
    await page.getByTestId('workshop-problem').locator('xpath=ancestor::article').getByRole('button', { name: /^Open / }).click();
    await page.getByTestId('notices').waitFor();
    await shoot(page, 'console-notice-1366x768');

    client.close();
    await context.close();
  } finally {
    await browser.close();
    await stopRestarted();
    await host.stop();
    await rm(host.dataDir, { recursive: true, force: true });
  }
  console.log(shots.join('\n'));
}

async function openProjector(context: BrowserContext, origin: string): Promise<Page> {
  const projector = await context.newPage();
  await projector.goto(`${origin}/?view=projector`);
  await projector.getByTestId('projector').waitFor();
  return projector;
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
