import { beforeEach, describe, expect, it } from 'vitest';
import { ResponsibilitiesPage } from './pages/ResponsibilitiesPage';
import { expectAccessible } from './support/expectAccessible';
import type { OpenApp } from './support/openApp';
import { openProjector } from './support/openProjector';
import type { WebHost } from './support/startWebHost';
import { useSampleWorkshop } from './support/useSampleWorkshop';

describe('responsibilities', () => {
  const room = useSampleWorkshop({ phase: 'responsibilities' });
  let host: WebHost;
  let app: OpenApp;
  let raci: ResponsibilitiesPage;

  beforeEach(async () => {
    ({ host, app } = room);
    raci = new ResponsibilitiesPage(app.page);
  });

  it('checks live as roles are toggled by keyboard, sets a lead team, draws the lane, and keeps it all', async () => {
    await raci.pickStage('Evaluation');
    const before = await raci.problemTotal();

    // A new activity has no roles: no accountable team and nobody responsible.
    const row = await raci.addActivity('Security questionnaire');
    await expect.poll(() => raci.problemTotal()).toBe(before + 2);
    expect(await row.getByTestId('activity-problems').textContent()).toContain('has no accountable team');

    // Keyboard: the row's first toggle is its tab stop; R, then arrows and letters.
    await raci.toggle(row, 'Marketing', 'R').focus();
    await app.page.keyboard.press('Space');
    await expect.poll(() => raci.toggle(row, 'Marketing', 'R').getAttribute('aria-pressed')).toBe('true');
    await app.page.keyboard.press('a'); // Marketing accountable
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowRight'); // now in the Sales cell
    await app.page.keyboard.press('a'); // Sales accountable too
    await expect.poll(() => raci.count('multipleAccountable')).toBe(1);
    await expect.poll(() => raci.problemTotal()).toBe(before + 1);
    expect(await row.getByTestId('activity-problems').textContent()).toContain('two accountable teams');
    expect(await app.page.getByTestId('check-live').textContent()).toContain('more than one accountable team');

    // Fix it: Sales gives up the A (Enter on the focused toggle).
    await app.page.keyboard.press('Enter');
    await expect.poll(() => raci.count('multipleAccountable')).toBe(0);
    await expect.poll(() => raci.problemTotal()).toBe(before);
    expect(await row.getByTestId('activity-problems').count()).toBe(0);

    // Undo brings the second accountable team back; redo fixes it again.
    // (Focus is on a toggle, not in a text field, so Ctrl+Z is the workshop's undo.)
    await app.page.keyboard.press('Control+Z');
    await expect.poll(() => raci.count('multipleAccountable')).toBe(1);
    await app.page.keyboard.press('Control+Y');
    await expect.poll(() => raci.count('multipleAccountable')).toBe(0);

    // The contested stage: picking one lead team clears the claim.
    await raci.pickStage('Consideration');
    expect(await raci.count('stageClaimedByBoth')).toBe(1);
    await raci.matrix.getByLabel('Lead team').selectOption({ label: 'Sales' });
    await expect.poll(() => raci.count('stageClaimedByBoth')).toBe(0);
    // Recording a second claim brings it back.
    await raci.matrix.getByLabel('Also claimed by').selectOption({ label: 'Marketing' });
    await expect.poll(() => raci.count('stageClaimedByBoth')).toBe(1);
    await raci.matrix.getByLabel('Also claimed by').selectOption({ label: 'No other team' });
    await expect.poll(() => raci.count('stageClaimedByBoth')).toBe(0);

    // The swimlanes: the new activity sits in Marketing's lane, with its role letters.
    await raci.showSwimlanes();
    const marketing = raci.lane('marketing').getByTestId('swimlane-activity').filter({ hasText: 'Security questionnaire' });
    expect(await marketing.count()).toBe(1);
    expect(await marketing.locator('abbr').allTextContents()).toEqual(['R', 'A']);
    expect(await raci.lane('sales').getByTestId('swimlane-activity').filter({ hasText: 'Security questionnaire' }).count()).toBe(0);
    expect(await app.page.getByTestId('swimlane-handoff').allTextContents()).toEqual([expect.stringContaining('MQL'), expect.stringContaining('Recycle')]);

    await app.workshop.waitForSaved();
    await app.page.reload();
    await app.workshop.waitForPhase('responsibilities');
    // The console opens on the view the room was left on (room.focus): the swimlanes.
    await raci.showMatrix();
    await raci.pickStage('Evaluation');
    const kept = await raci.rowByName('Security questionnaire');
    expect(await raci.toggle(kept, 'Marketing', 'A').getAttribute('aria-pressed')).toBe('true');
    expect(await raci.toggle(kept, 'Sales', 'A').getAttribute('aria-pressed')).toBe('false');
    await raci.pickStage('Consideration');
    expect(await raci.matrix.getByLabel('Lead team').inputValue()).toBe('sales');
  });

  it('jumps from the summary to a problem', async () => {
    await app.page.getByTestId('check-noAccountable').click();
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('activityName');
    expect(await app.page.locator('[data-testid="stage-matrix"] h3').textContent()).toBe('Education');
    // Focus marks the row; with reduced motion, as this browser asks, its highlight does not flash.
    const flashing = app.page.locator('.is-flashing');
    expect(await flashing.count()).toBe(1);
    expect(await flashing.evaluate((row) => getComputedStyle(row.querySelector('td') ?? row).animationName)).toBe('none');
  });

  // One axe scan per test: a scan takes seconds of page time here, and three in one test used
  // up its whole budget on a busy machine.
  it('opens at its top, not where the phase before was scrolled to', async () => {
    await app.workshop.goToPhase('buyingProcess');
    const scrollArea = app.page.getByTestId('phase-view');
    await scrollArea.evaluate((main) => {
      main.scrollTop = main.scrollHeight;
    });
    await expect.poll(() => scrollArea.evaluate((main) => main.scrollTop)).toBeGreaterThan(0);
    await app.workshop.goToPhase('responsibilities');
    await app.page.locator('[data-testid="phase-view"][data-phase="responsibilities"]').waitFor();
    expect(await scrollArea.evaluate((main) => main.scrollTop)).toBe(0);
  });

  it('passes axe on the matrix', async () => {
    await expectAccessible(app.page, 'the Responsibilities matrix');
  });

  it('passes axe on the swimlanes', async () => {
    await raci.showSwimlanes();
    await expectAccessible(app.page, 'the Responsibilities swimlanes');
  });

  it('passes axe on the projection', async () => {
    await raci.showSwimlanes();
    const { page: projector } = await openProjector(app, host, 'responsibilities');
    await projector.getByTestId('responsibilities-projection').waitFor();
    await projector.getByTestId('swimlanes').waitFor();
    expect(await projector.getByTestId('projector-checks').textContent()).toContain('no accountable team');
    await expectAccessible(projector, 'the Responsibilities projection');
  });
});
