import { beforeEach, describe, expect, it } from 'vitest';
import { PulsePhasePage } from './pages/PulsePhasePage';
import { expectAccessible } from './support/expectAccessible';
import type { OpenApp } from './support/openApp';
import { openProjector } from './support/openProjector';
import type { WebHost } from './support/startWebHost';
import { useSampleWorkshop } from './support/useSampleWorkshop';

const LEADER = 'Marguerite Fontaine'; // Leadership's only participant
const SUCCESS = 'Leila Haddad'; // Customer Success's only participant, the next row

describe('pulse phase', () => {
  const room = useSampleWorkshop({ viewport: { width: 1920, height: 1080 }, phase: 'pulse' });
  let host: WebHost;
  let app: OpenApp;
  let pulse: PulsePhasePage;

  beforeEach(async () => {
    ({ host, app } = room);
    pulse = new PulsePhasePage(app.page);
  });

  it('takes scores typed with the keyboard alone, re-sorts the chart by gap, keeps them across a reload, and undoes', async () => {
    const before = await pulse.chartOrder();
    expect(before[0]).toEqual({ text: 'Leadership actively sponsors alignment between our teams.', gap: 2 });
    expect(before.map((r) => r.gap)).toEqual([...before.map((r) => r.gap)].sort((a, b) => b - a));

    // Into the grid on the leader's row; arrows and Home move within it.
    await pulse.cell(LEADER, 1).focus();
    await app.page.keyboard.press('ArrowUp');
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Home');
    // Ten digits fill the leader's row, and typing runs on into the next participant's row.
    await app.page.keyboard.type('5555555555');
    await app.page.keyboard.type('1111111111');
    await expect.poll(() => pulse.rowScores(LEADER)).toEqual(Array(10).fill('5'));
    await expect.poll(() => pulse.rowScores(SUCCESS)).toEqual(Array(10).fill('1'));

    // Every statement now has a 4-point gap; ties keep the facilitator's order.
    await expect.poll(async () => (await pulse.chartOrder())[0]).toEqual({ text: 'We have one shared, written definition of a sales-ready lead.', gap: 4 });
    expect((await pulse.chartOrder()).every((r) => r.gap === 4)).toBe(true);
    expect(await pulse.chartItems.first().getByTestId('pulse-gap').textContent()).toBe('gap 4.0');

    // Delete clears a score; the chart and the count follow.
    await pulse.cell(SUCCESS, 3).focus();
    await app.page.keyboard.press('Delete');
    await expect.poll(() => pulse.rowScores(SUCCESS)).toEqual(['1', '1', '', '1', '1', '1', '1', '1', '1', '1']);
    expect(await pulse.progress.textContent()).toBe('89 of 90 scores in');
    await expect.poll(async () => (await pulse.chartOrder()).at(-1)?.text).toBe("Sales follows up on marketing's leads promptly.");
    await app.workshop.waitForSaved();

    await app.page.reload();
    await app.workshop.waitForOpen();
    expect(await pulse.rowScores(LEADER)).toEqual(Array(10).fill('5'));
    expect(await pulse.rowScores(SUCCESS)).toEqual(['1', '1', '', '1', '1', '1', '1', '1', '1', '1']);

    // Ctrl+Z from inside the grid brings the cleared score back.
    await pulse.cell(SUCCESS, 3).focus();
    await app.page.keyboard.press('Control+Z');
    await expect.poll(() => pulse.rowScores(SUCCESS)).toEqual(Array(10).fill('1'));
    await app.workshop.waitForSaved();
  });

  it('edits a statement in place, and the chart and the projector show it', async () => {
    const text = 'Marketing sieht, was nach der Übergabe mit Leads passiert — 営業と共有';
    await pulse.statement(2).fill(text);
    await expect.poll(async () => (await pulse.chartOrder()).some((r) => r.text === text)).toBe(true);
    await app.workshop.waitForSaved();
    await app.page.reload();
    await app.workshop.waitForOpen();
    expect(await pulse.statement(2).inputValue()).toBe(text);
    await expectAccessible(app.page, 'the pulse phase');

    const { page: projectorPage, projector } = await openProjector(app, host, 'pulse');
    const chart = projectorPage.getByTestId('pulse-projection');
    await chart.getByTestId('pulse-chart-item').first().waitFor();
    // Biggest gap first, team names on the bars, type that reads from the back of the room.
    const biggest = (await pulse.chartOrder())[0]!;
    expect(await chart.getByTestId('pulse-chart-item').first().getAttribute('data-gap')).toBe(String(biggest.gap));
    expect(await chart.getByTestId('pulse-chart-item').first().textContent()).toContain(biggest.text);
    expect(await chart.textContent()).toContain('Marketing');
    expect(await projector.fontSize('.pulse-chart__statement')).toBeGreaterThanOrEqual(28);
    expect(await projector.fontSize('.pulse-chart__team')).toBeGreaterThanOrEqual(28);
    expect(await chart.getByTestId('pulse-projection-more').textContent()).toMatch(/^\+ \d+ more statements with smaller gaps$/);
    await expectAccessible(projectorPage, 'the pulse projection');
  });

  it('asks before removing a statement that has scores, and says what went with it', async () => {
    const statements = app.page.getByTestId('pulse-statement');
    const count = await statements.count();
    const text = await pulse.statement(1).inputValue();
    await app.page.getByRole('button', { name: 'Remove statement 1', exact: true }).click();
    const dialog = app.page.getByTestId('confirm-removal');
    await dialog.waitFor();
    expect(await dialog.getByTestId('confirm-removal-question').textContent()).toMatch(/^Removing the statement “.+” also removes \d+ pulse scores\.$/);
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(() => statements.count()).toBe(count - 1);
    expect(await pulse.statement(1).inputValue()).not.toBe(text);
    expect(await app.page.getByTestId('toast-info').textContent()).toMatch(/^Removed the statement “.+”\. This also removed \d+ pulse scores\./);
    // The focus does not fall to the page.
    await expect.poll(() => app.page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true);
  });
});
