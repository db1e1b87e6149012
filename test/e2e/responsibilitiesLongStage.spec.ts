/**
 * A stage with 150 activities: the matrix renders the rows near the viewport only, and the
 * facilitator still reaches every row, by keyboard, by scrolling and from the checks.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildLargeWorkshop } from '../helpers/buildLargeWorkshop';
import { ResponsibilitiesPage } from './pages/ResponsibilitiesPage';
import type { HostClient } from './support/connectHostClient';
import { expectAccessible } from './support/expectAccessible';
import type { OpenApp } from './support/openApp';
import { useSampleWorkshop } from './support/useSampleWorkshop';

const ACTIVITIES = 150;
/** The one activity the checks find a problem with: far below the first screen. */
const LONELY = 140;

/** One stage, every activity with a responsible and an accountable team except LONELY, which has no accountable one. */
function longStageWorkshop() {
  const workshop = buildLargeWorkshop({ stages: 1, activities: ACTIVITIES, notes: 0, participants: 6, id: 'long-stage', title: 'Long stage' });
  workshop.activities.forEach((activity, i) => {
    activity.description = '';
    activity.roles = i === LONELY ? [{ teamId: 'marketing', role: 'R' }] : [{ teamId: 'marketing', role: 'R' }, { teamId: 'sales', role: 'A' }];
  });
  workshop.currentPhase = 'responsibilities';
  return workshop;
}

describe('responsibilities on a long stage', () => {
  const room = useSampleWorkshop({ client: true });
  let app: OpenApp;
  let client: HostClient;
  let raci: ResponsibilitiesPage;

  beforeEach(async () => {
    ({ app, client } = room);
    raci = new ResponsibilitiesPage(app.page);
    await app.library.show();
    const imported = await client.api.importWorkshop('long-stage.accord.json', JSON.stringify(longStageWorkshop()));
    if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported)}`);
    await client.api.openWorkshop(imported.summary.id);
    await raci.rows.first().waitFor();
  });

  const rowNumbers = () => raci.rows.evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('aria-rowindex'))));

  it('renders the rows near the viewport and tells assistive technology how many there are', async () => {
    const shown = await raci.rows.count();
    expect(shown).toBeGreaterThan(5);
    expect(shown).toBeLessThan(40);
    expect(await app.page.getByTestId('raci-matrix').getAttribute('aria-rowcount')).toBe(String(ACTIVITIES + 1));
    expect((await rowNumbers())[0]).toBe(2);
  });

  it('reaches the last row with the arrow keys, keeping the column', async () => {
    await raci.toggle(raci.rows.first(), 'Sales', 'C').focus();
    for (let i = 1; i < ACTIVITIES; i++) await app.page.keyboard.press('ArrowDown');
    const focused = app.page.locator(':focus');
    await expect.poll(() => focused.evaluate((el) => el.closest('tr')?.getAttribute('aria-rowindex'))).toBe(String(ACTIVITIES + 1));
    expect(await focused.getAttribute('aria-label')).toBe('Consulted: Sales');
    // The toggle works there as anywhere: C assigns it.
    await app.page.keyboard.press('c');
    await expect.poll(() => focused.getAttribute('aria-pressed')).toBe('true');
    // And back up to the first row.
    for (let i = 1; i < ACTIVITIES; i++) await app.page.keyboard.press('ArrowUp');
    await expect.poll(() => app.page.locator(':focus').evaluate((el) => el.closest('tr')?.getAttribute('aria-rowindex'))).toBe('2');
  });

  it('shows the rows the page scrolls to, and keeps the focused row while it is away', async () => {
    await raci.toggle(raci.rows.first(), 'Marketing', 'R').focus();
    await app.page.getByTestId('phase-view').evaluate((main) => main.scrollTo(0, main.scrollHeight));
    await expect.poll(async () => (await rowNumbers()).at(-1)).toBe(ACTIVITIES + 1);
    // The focused first row is still there (so the keyboard carries on where it was), with a gap before the window.
    expect((await rowNumbers())[0]).toBe(2);
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Responsible: Marketing');
  });

  it('jumps from the checks to a problem far down the stage', async () => {
    await app.page.getByTestId('check-noAccountable').click();
    const focused = app.page.locator(':focus');
    await expect.poll(() => focused.evaluate((el) => el.getAttribute('name'))).toBe('activityName');
    expect(await focused.inputValue()).toMatch(new RegExp(`^Activity ${LONELY}:`));
    expect(await focused.evaluate((el) => el.closest('tr')?.getAttribute('aria-rowindex'))).toBe(String(LONELY + 2));
    // It is on screen.
    const box = (await focused.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThan(768);
  });

  it('passes axe with rows left out of the window', async () => {
    await app.page.getByTestId('phase-view').evaluate((main) => main.scrollTo(0, main.scrollHeight / 2));
    await expect.poll(async () => (await rowNumbers())[0]).toBeGreaterThan(2);
    await expectAccessible(app.page, 'the Responsibilities matrix of a long stage');
  });

  it('hidden behind another phase, keeps its rows and its place, and shows them again as they were', async () => {
    await app.page.getByTestId('phase-view').evaluate((main) => main.scrollTo(0, main.scrollHeight / 2));
    await expect.poll(async () => (await rowNumbers())[0]).toBeGreaterThan(2);
    const before = await rowNumbers();
    const scrolledTo = await app.page.getByTestId('phase-view').evaluate((main) => main.scrollTop);
    await app.page.locator('[data-testid="phase-view"][data-phase="responsibilities"]').evaluate((main) => {
      const seen = { mutations: 0 };
      new MutationObserver((records) => (seen.mutations += records.length)).observe(main, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'data-index'] });
      (window as unknown as { keptSeen: typeof seen }).keptSeen = seen;
    });
    await app.workshop.goToPhase('buyingProcess');
    // The hidden scroller reads as scrolled to the top for a while: the row window must not follow it.
    await app.page.evaluate(() => new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(settled, 300)))));
    expect(await app.page.evaluate(() => (window as unknown as { keptSeen: { mutations: number } }).keptSeen.mutations)).toBe(0);
    await app.workshop.goToPhase('responsibilities');
    expect(await app.page.getByTestId('phase-view').evaluate((main) => main.scrollTop)).toBe(scrolledTo);
    expect(await rowNumbers()).toEqual(before);
  });
});
