/**
 * Screenshots of the Sign-off phase, step by step, on the console at 1920×1080 and 1366×768
 * and on the projector at 1920×1080 and 1280×720: the review, the open points, the signing
 * dialog (with a drawn signature and a refusal), the list part-signed and final, export and
 * verify, a new charter version with its history, and 40 participants. Run after a build:
 *   npx tsx test/e2e/support/screenshots-signoff.ts [outDir]
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { SignoffPage } from '../pages/SignoffPage';
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

async function main() {
  const outDir = resolve(process.argv[2] ?? join(REPO_ROOT, 'screenshots', 'signoff'));
  await mkdir(outDir, { recursive: true });
  const host = await startWebHost();
  const browser = await launchOwnBrowser();
  const shots: string[] = [];
  try {
    const context = await browser.newContext({ ...E2E_CONTEXT_OPTIONS, viewport: CONSOLE_SIZES[0]!, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('crash', () => console.error('The console page crashed.'));
    page.on('pageerror', (error) => console.error(`pageerror: ${error.message}`));
    await page.goto(host.launchUrl);
    await page.getByTestId('workshop-shell').waitFor();
    const client = await connectHostClient(host.origin, context);
    const { api } = client;
    const signoff = new SignoffPage(page);

    const shoot = async (target: Page, name: string, fullPage = false) => {
      await target.waitForTimeout(150);
      const file = join(outDir, `${name}.png`);
      await target.screenshot({ path: file, animations: 'disabled', fullPage });
      shots.push(file);
    };
    const consoleSizes = async (name: string) => {
      for (const size of CONSOLE_SIZES) {
        await page.setViewportSize(size);
        await shoot(page, `${name}-${size.width}x${size.height}`);
      }
      await page.setViewportSize(CONSOLE_SIZES[0]!);
    };
    const projector = await context.newPage();
    const projectorSizes = async (name: string) => {
      for (const size of PROJECTOR_SIZES) {
        await projector.setViewportSize(size);
        await shoot(projector, `${name}-${size.width}x${size.height}`);
      }
    };

    await api.dispatch({ type: 'goToPhase', phase: 'signoff' });
    await signoff.root.waitFor();
    await projector.setViewportSize(PROJECTOR_SIZES[0]!);
    await projector.goto(`${host.origin}/?view=projector`);
    await projector.locator('[data-testid="signoff-projection"][data-mode="review"]').waitFor();

    // 1 Review: the room reads the charter, the projector follows.
    await signoff.review.waitFor();
    await consoleSizes('console-1-review');
    await projectorSizes('projector-1-review');

    // 2 Sign: the open points first, signing waits for them.
    await signoff.goToStep('sign');
    await projector.locator('[data-testid="signoff-projection"][data-mode="roster"]').waitFor();
    await consoleSizes('console-2-sign-open-points');
    await page.getByTestId('phase-view').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await shoot(page, 'console-2-sign-list-bottom-1920x1080');
    await page.getByTestId('phase-view').evaluate((el) => el.scrollTo(0, 0));
    await projectorSizes('projector-2-roster-waiting');

    // Accept one, then all.
    await signoff.warnings.first().getByRole('button', { name: /^Accept:/ }).click();
    await page.locator('[data-testid="signoff-warning"][data-accepted="true"]').first().waitFor();
    await shoot(page, 'console-3-one-accepted-1920x1080');
    await signoff.acceptAllWarnings();
    await shoot(page, 'console-3-all-accepted-1920x1080');

    // A participant before the sponsor: the dialog says so, and the host refuses.
    await signoff.openSigning('Tomasz Wiśniewski');
    await shoot(page, 'console-4-dialog-empty-1920x1080');
    await signoff.typeName('Tomasz Wiśniewski');
    await signoff.draw([
      [
        [0.1, 0.6],
        [0.2, 0.3],
        [0.3, 0.6],
        [0.5, 0.4],
      ],
    ]);
    await signoff.submitSignature();
    await signoff.problem.waitFor();
    await consoleSizes('console-4-dialog-refused');
    await signoff.dialog.getByRole('button', { name: 'Cancel' }).click();

    // The sponsor signs; the dialog with a drawn signature.
    await signoff.openSigning('Marguerite Fontaine');
    await signoff.typeName('Marguerite Fontaine');
    await signoff.draw([
      [
        [0.08, 0.62],
        [0.12, 0.28],
        [0.17, 0.66],
        [0.22, 0.3],
        [0.27, 0.64],
      ],
      [
        [0.3, 0.58],
        [0.4, 0.42],
        [0.52, 0.62],
        [0.63, 0.44],
        [0.74, 0.6],
        [0.86, 0.48],
      ],
      [
        [0.55, 0.22],
        [0.57, 0.26],
      ],
    ]);
    await shoot(page, 'console-5-dialog-drawn-1920x1080');
    await signoff.submitSignature();
    await signoff.dialog.waitFor({ state: 'detached' });
    await signoff.waitForStatus('Marguerite Fontaine', 'signed');
    await signoff.sign('Tomasz Wiśniewski');
    await signoff.sign('Priya Raghunathan');
    await signoff.markAbsent('Kenji Watanabe');
    await consoleSizes('console-6-part-signed');
    // Signing has started: the accepted points stay as they were signed, and the panel says why.
    await page.getByTestId('signoff-warnings-locked').scrollIntoViewIfNeeded();
    await shoot(page, 'console-6-accepted-points-locked-1920x1080');
    await projectorSizes('projector-6-roster-part-signed');

    // Everyone else: final.
    for (const name of ['Aisha Bello', 'Jonas Weiß', 'Mateus Araújo', 'Zoë Lindqvist', 'Leila Haddad']) await signoff.sign(name);
    await signoff.finalNotice.waitFor();
    await consoleSizes('console-7-final');
    await projectorSizes('projector-7-final');

    // Export & verify (the host's printing arrives from another branch: its answer is shown as it is).
    await signoff.goToStep('export');
    await consoleSizes('console-8-export');
    await signoff.exportButton.click();
    await page.getByTestId('export-outcome').waitFor();
    await shoot(page, 'console-8-export-answer-1920x1080');
    await page.getByTestId('verify-file-input').setInputFiles({ name: 'Kestrel charter v1.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await page.getByTestId('verify-verdict').waitFor();
    await page.getByTestId('phase-view').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await shoot(page, 'console-8-verify-answer-1920x1080');

    // A change after signing starts version 2; version 1 goes into the history.
    await api.dispatch({ type: 'updateSetup', patch: { venue: 'Harbourside Conference Centre, Room Borealis' } });
    // More edits in version 2: the history says what it changed, part by part.
    const { workshop: now } = (await api.getSession())!;
    await api.dispatch({ type: 'updateItem', collection: 'stages', id: now.stages.find((s) => s.name === 'Evaluation')!.id, patch: { name: 'Assessment' } });
    await api.dispatch({ type: 'addItem', collection: 'actions', item: { id: 'shot-action', title: 'Share the charter with the wider teams', ownerParticipantId: 'p1', due: '2026-12-20', status: 'open', stageId: null, topic: null } });
    await page.getByTestId('version-history').waitFor();
    await page.getByTestId('phase-view').evaluate((el) => el.scrollTo(0, 0));
    await consoleSizes('console-9-export-with-history');
    await page.getByRole('button', { name: 'View version 1' }).click();
    await page.getByTestId('history-view').waitFor();
    await shoot(page, 'console-9-history-view-1920x1080');
    await page.getByTestId('history-view').getByRole('button', { name: 'Close' }).click();
    await signoff.goToStep('sign');
    await consoleSizes('console-9-sign-version-2');
    await projectorSizes('projector-9-roster-version-2');

    // 40 participants, long names and several scripts.
    for (const [i, [name, jobTitle, teamId]] of EXTRA_PARTICIPANTS.entries()) {
      await api.dispatch({ type: 'addItem', collection: 'participants', item: { id: `extra-${i}`, name, jobTitle, teamId } });
    }
    await signoff.acceptAllWarnings().catch(() => undefined);
    await signoff.sign('Marguerite Fontaine');
    await signoff.sign('渡辺 健二');
    await signoff.markAbsent('Ахмед Алиев');
    await consoleSizes('console-10-forty');
    await projectorSizes('projector-10-forty');

    client.close();
    await context.close();
  } finally {
    await browser.close();
    await host.stop();
  }
  console.log(shots.join('\n'));
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
