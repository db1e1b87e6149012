/**
 * The console keeps each phase it has shown (WorkshopShell): going back shows the same page,
 * not one built again. Sign-off is the exception (it starts each visit afresh), and another
 * workshop starts with nothing kept. A page is recognised by a mark the test puts on it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSampleWorkshop } from './support/useSampleWorkshop';

const mark = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => element.setAttribute('data-test-mark', 'kept'));
const marked = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => element.getAttribute('data-test-mark') === 'kept');
const PHASE_VIEW = '[data-testid="phase-view"]';

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
});
