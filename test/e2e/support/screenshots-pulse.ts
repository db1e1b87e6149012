/**
 * Screenshots of Setup (teams, agenda, template), Pulse and the timer, to check by eye: the
 * console at 1920×1080 and 1366×768, the projector at 1920×1080 and 1280×720, with the sample
 * workshop and a stress version of it (40 participants, long names and statements, several
 * scripts, an agenda that runs over the day, the timer warning and over time).
 *   ACCORD_OUT_DIR=.out-pulse npx tsx test/e2e/support/screenshots-pulse.ts [outDir]
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
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
  const outDir = resolve(process.argv[2] ?? join(REPO_ROOT, 'screenshots/pulse'));
  await mkdir(outDir, { recursive: true });
  const host = await startWebHost();
  const browser = await launchOwnBrowser();
  const shots: string[] = [];
  try {
    const context = await browser.newContext({ ...E2E_CONTEXT_OPTIONS, viewport: CONSOLE_SIZES[0]!, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(host.launchUrl);
    await page.getByTestId('workshop-shell').waitFor();
    const { api, close } = await connectHostClient(host.origin, context);
    const projector = await context.newPage();
    await projector.goto(`${host.origin}/?view=projector`);
    await projector.getByTestId('projector').waitFor();

    const shoot = async (target: Page, name: string) => {
      await target.waitForTimeout(200);
      const file = join(outDir, `${name}.png`);
      await target.screenshot({ path: file, animations: 'disabled' });
      shots.push(file);
    };
    const consoleShots = async (name: string, scrollTo?: string) => {
      for (const size of CONSOLE_SIZES) {
        await page.setViewportSize(size);
        if (scrollTo) await page.locator(scrollTo).first().scrollIntoViewIfNeeded();
        else await page.getByTestId('phase-view').evaluate((el) => el.scrollTo(0, 0));
        await shoot(page, `${name}-${size.width}x${size.height}`);
      }
    };
    const projectorShots = async (name: string) => {
      for (const size of PROJECTOR_SIZES) {
        await projector.setViewportSize(size);
        await shoot(projector, `${name}-${size.width}x${size.height}`);
      }
    };
    const session = (await api.getSession())!;
    const agendaItem = (phase: string) => session.workshop.agenda.find((a) => a.phase === phase)!.id;
    // The host stamps the timer's start with its own clock: a short time box shows the warning and overtime states.
    const runPulseTimer = async (minutes: number) => {
      await api.dispatch({ type: 'resetTimer' });
      await api.dispatch({ type: 'updateItem', collection: 'agenda', id: agendaItem('pulse'), patch: { minutes } });
      await api.dispatch({ type: 'startTimer', agendaItemId: agendaItem('pulse') });
    };

    // ---- sample workshop
    await api.dispatch({ type: 'goToPhase', phase: 'setup' });
    await page.locator('[data-testid="phase-view"][data-phase="setup"]').waitFor();
    await consoleShots('sample-setup-agenda', '[data-testid="agenda-editor"]');

    await api.dispatch({ type: 'goToPhase', phase: 'pulse' });
    await page.locator('[data-testid="phase-view"][data-phase="pulse"]').waitFor();
    await api.dispatch({ type: 'startTimer', agendaItemId: agendaItem('pulse') });
    await consoleShots('sample-pulse');
    await consoleShots('sample-pulse-results', '[data-testid="pulse-results"]');
    await projectorShots('sample-projector-pulse');

    // ---- stress: 40 participants, long names and statements, another team, over-long agenda
    await api.dispatch({ type: 'addItem', collection: 'teams', item: { id: 'partners', name: 'Partner & Channel Sales — EMEA, APAC and the Americas', kind: 'custom' } });
    for (const [i, [name, jobTitle, teamId]] of EXTRA_PARTICIPANTS.entries()) {
      await api.dispatch({ type: 'addItem', collection: 'participants', item: { id: `extra-${i}`, name, jobTitle, teamId: i % 7 === 6 ? 'partners' : teamId } });
    }
    const statements = session.workshop.pulse.statements;
    await api.dispatch({
      type: 'updateItem',
      collection: 'pulseStatements',
      id: statements[2]!.id,
      patch: { text: 'Sales follows up on every marketing-qualified lead within one business day, including the ones that arrive late on a Friday afternoon before a public holiday.' },
    });
    await api.dispatch({ type: 'updateItem', collection: 'pulseStatements', id: statements[5]!.id, patch: { text: '私たちは最も価値のある顧客が誰かについて合意しています。' } });
    for (const [i] of EXTRA_PARTICIPANTS.entries()) {
      for (const [si, s] of statements.entries()) {
        if ((i + si) % 5 === 0 && i > 20) continue;
        const score = ((i * 7 + si * 3) % 5) + 1;
        await api.dispatch({ type: 'setPulseScore', participantId: `extra-${i}`, statementId: s.id, score });
      }
    }
    await api.dispatch({ type: 'updateItem', collection: 'agenda', id: agendaItem('responsibilities'), patch: { minutes: 150 } });
    await runPulseTimer(2);
    await consoleShots('stress-pulse');
    await page.setViewportSize(CONSOLE_SIZES[1]!);
    await page.getByTestId('phase-view').evaluate((el) => el.scrollTo(0, 900));
    await shoot(page, 'stress-pulse-mid-1366x768');
    await consoleShots('stress-pulse-results', '[data-testid="pulse-results"]');
    await projectorShots('stress-projector-pulse-warn');

    await runPulseTimer(0);
    await new Promise((done) => setTimeout(done, 1100));
    await consoleShots('stress-pulse-over');
    await projectorShots('stress-projector-pulse-over');

    await api.dispatch({ type: 'goToPhase', phase: 'setup' });
    await page.locator('[data-testid="phase-view"][data-phase="setup"]').waitFor();
    await consoleShots('stress-setup-agenda', '[data-testid="agenda-editor"]');
    await page.getByRole('button', { name: /^Remove the team Partner/ }).click();
    await page.getByTestId('team-refusal').waitFor();
    await consoleShots('stress-setup-team-refused', '[data-testid="teams-editor"]');
    await projectorShots('stress-projector-setup-timer-other');

    // An empty pulse: a new workshop with nobody in it yet.
    const blank = await api.createWorkshop({ title: 'Blank rehearsal', templateId: 'blank' });
    await api.openWorkshop(blank.id);
    await page.getByTestId('workshop-shell').waitFor();
    await api.dispatch({ type: 'goToPhase', phase: 'pulse' });
    await page.locator('[data-testid="phase-view"][data-phase="pulse"]').waitFor();
    await consoleShots('blank-pulse');
    await projectorShots('blank-projector-pulse');
    await api.dispatch({ type: 'goToPhase', phase: 'setup' });
    await page.locator('[data-testid="phase-view"][data-phase="setup"]').waitFor();
    await consoleShots('blank-setup-agenda', '[data-testid="template-card"]');

    close();
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
