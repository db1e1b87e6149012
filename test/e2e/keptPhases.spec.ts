/**
 * The console keeps each phase it has shown (WorkshopShell): going back shows the same page,
 * not one built again. Sign-off is the exception (it starts each visit afresh), and another
 * workshop starts with nothing kept. A page is recognised by a mark the test puts on it. A hidden
 * phase stays in the page but is skipped (KeptPhase): it renders nothing while hidden, takes no
 * focus, and catches up with the workshop when shown again.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BuyingProcessPage } from './pages/BuyingProcessPage';
import { useSampleWorkshop } from './support/useSampleWorkshop';

const mark = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => element.setAttribute('data-test-mark', 'kept'));
const marked = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => element.getAttribute('data-test-mark') === 'kept');
const PHASE_VIEW = '[data-testid="phase-view"]';

/**
 * How many times the page computed style in `ms` of idling (Chromium's own count), once it has
 * settled: the last edit saved (the save indicator's change restyles the page) and no
 * transition running (a field's border easing back as the pointer leaves it restyles the page
 * every frame while it runs, as the caret this guards against did for good). Caught in the
 * count, either made the check pass or fail by timing alone.
 */
async function stylePassesWhileIdle(page: Page, ms: number): Promise<number> {
  await page.locator('[data-testid="save-indicator"][data-status="saved"]').waitFor();
  await page.waitForFunction(() => document.getAnimations().length === 0);
  await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    const count = async () => (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'RecalcStyleCount')!.value;
    const before = await count();
    await page.waitForTimeout(ms);
    return (await count()) - before;
  } finally {
    await cdp.detach();
  }
}
const KEPT_RESPONSIBILITIES = 'main[data-phase="responsibilities"]:not([data-testid="phase-view"])';

describe('phases the console has shown', () => {
  const room = useSampleWorkshop({ phase: 'buyingProcess', client: true });

  it('come back as they were left, while only the shown one is the phase view', async () => {
    const { page, workshop } = room.app;
    await mark(page, `${PHASE_VIEW} [data-testid="stage-board"]`);
    await workshop.goToPhase('responsibilities');
    expect(await page.locator(`${PHASE_VIEW} [data-testid="stage-board"]`).count()).toBe(0);
    expect(await page.locator('[data-testid="stage-board"]').isVisible()).toBe(false);
    await workshop.goToPhase('buyingProcess');
    expect(await marked(page, `${PHASE_VIEW} [data-testid="stage-board"]`)).toBe(true);
    expect(await page.locator(PHASE_VIEW).count()).toBe(1);
  });

  it('except sign-off, which is built again on each visit', async () => {
    const { page, workshop } = room.app;
    await workshop.goToPhase('signoff');
    await mark(page, PHASE_VIEW);
    await workshop.goToPhase('actions');
    await workshop.goToPhase('signoff');
    expect(await marked(page, PHASE_VIEW)).toBe(false);
  });

  it('are not carried into another workshop', async () => {
    const { page, workshop } = room.app;
    await mark(page, `${PHASE_VIEW} [data-testid="stage-board"]`);
    const sample = (await room.client.api.getSession())!.workshop;
    const copy = await room.client.api.duplicateWorkshop(sample.id);
    await room.client.api.openWorkshop(copy.id);
    await page.waitForFunction((title) => document.title.includes(title), copy.title);
    await workshop.goToPhase('buyingProcess');
    expect(await marked(page, `${PHASE_VIEW} [data-testid="stage-board"]`)).toBe(false);
  });

  it('hidden, render nothing however the workshop changes, and show the changes when shown again', async () => {
    const { page, workshop } = room.app;
    await workshop.goToPhase('responsibilities');
    await workshop.goToPhase('buyingProcess');
    await page.locator(KEPT_RESPONSIBILITIES).evaluate((main) => {
      const seen = { mutations: 0 };
      new MutationObserver((records) => (seen.mutations += records.length)).observe(main, { subtree: true, childList: true, characterData: true, attributes: true });
      (window as unknown as { keptSeen: typeof seen }).keptSeen = seen;
    });
    const stageId = await page.locator(`${PHASE_VIEW} [data-testid="stage-card"]`).first().getAttribute('data-stage-id');
    const name = page.locator(`${PHASE_VIEW} [data-testid="stage-card"]`).first().locator('input[name="stageName"]');
    await name.fill('Renamed while Responsibilities was hidden');
    await name.press('Enter');
    await expect.poll(() => room.client.api.getSession().then((s) => s!.workshop.stages.find((stage) => stage.id === stageId)!.name)).toBe('Renamed while Responsibilities was hidden');
    expect(await page.evaluate(() => (window as unknown as { keptSeen: { mutations: number } }).keptSeen.mutations)).toBe(0);
    await workshop.goToPhase('responsibilities');
    await expect.poll(() => page.locator(`${PHASE_VIEW} [data-testid="stage-pick"][data-stage-id="${stageId}"]`).textContent()).toContain('Renamed while Responsibilities was hidden');
  });

  it('hidden, take no focus, are not seen, and give up the focus they had', async () => {
    const { page, workshop } = room.app;
    await workshop.goToPhase('responsibilities');
    const toggle = page.locator(`${PHASE_VIEW} [data-raci-toggle]`).first();
    await toggle.focus();
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    // Switched from elsewhere (the host; another window), so nothing on this page moves the focus.
    await room.client.api.dispatch({ type: 'goToPhase', phase: 'buyingProcess' });
    await page.locator(`${PHASE_VIEW}[data-phase="buyingProcess"]`).waitFor();
    const hiddenToggle = page.locator(`${KEPT_RESPONSIBILITIES} [data-raci-toggle]`).first();
    expect(await hiddenToggle.evaluate((el) => el.contains(document.activeElement))).toBe(false);
    expect(await hiddenToggle.evaluate((el) => (el as HTMLElement).checkVisibility())).toBe(false);
    await hiddenToggle.evaluate((el) => (el as HTMLElement).focus());
    expect(await hiddenToggle.evaluate((el) => el === document.activeElement)).toBe(false);
    // Nothing of the hidden phase is in the accessibility tree: not its matrix, not its landmark.
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByRole('main').count()).toBe(1);
    await workshop.goToPhase('responsibilities');
    expect(await page.getByRole('table').count()).toBeGreaterThan(0);
  });

  it('hidden, leave no caret behind that keeps the console drawing frames', async () => {
    const { page, workshop } = room.app;
    // With motion, as a facilitator's laptop has it: the field's transitions take part.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await workshop.goToPhase('buyingProcess');
    await page.locator(`${PHASE_VIEW} [data-testid="stage-detail"] textarea[name="customerGoal"]`).click();
    await page.keyboard.press('End');
    // A click on the next phase moves the focus to the phase bar, not the caret out of the field.
    await workshop.goToPhase('responsibilities');
    // Idle, the console styles no frames. The caret left in the skipped phase had Chromium draw
    // a frame after every frame: about 30 style passes in half a second.
    expect(await stylePassesWhileIdle(page, 500)).toBeLessThan(10);
  });

  it('hidden, take an open question with them, leaving the console free and the question not asked again', async () => {
    const { page, workshop } = room.app;
    await workshop.goToPhase('buyingProcess');
    const bp = new BuyingProcessPage(page);
    await bp.select((await bp.names()).indexOf('Consideration'));
    await bp.deleteSelected();
    const question = page.getByTestId('confirm-removal');
    await question.waitFor();
    // Switched from elsewhere (another window, the host), with the question still open here.
    await room.client.api.dispatch({ type: 'goToPhase', phase: 'responsibilities' });
    await page.locator(`${PHASE_VIEW}[data-phase="responsibilities"]`).waitFor();
    await question.waitFor({ state: 'detached' });
    expect(await page.locator('dialog[open]').count()).toBe(0);
    // The console takes clicks again: the modal question left no inert page behind.
    await workshop.goToPhase('buyingProcess');
    expect(await question.count()).toBe(0);
    expect((await room.client.api.getSession())!.workshop.stages.some((stage) => stage.name === 'Consideration')).toBe(true);
  });
});
