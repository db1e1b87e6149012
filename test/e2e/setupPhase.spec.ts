import { beforeEach, describe, expect, it } from 'vitest';
import { SetupPlanningPage } from './pages/SetupPhasePage';
import { expectAccessible } from './support/expectAccessible';
import type { OpenApp } from './support/openApp';
import { useSampleWorkshop } from './support/useSampleWorkshop';

describe('setup phase: teams, agenda and template', () => {
  const room = useSampleWorkshop({ phase: 'setup' });
  let app: OpenApp;
  let planning: SetupPlanningPage;

  beforeEach(async () => {
    ({ app } = room);
    planning = new SetupPlanningPage(app.page);
  });

  it('adds a team, refuses to remove it while someone is in it, and removes it once empty', async () => {
    expect(await planning.templateName.textContent()).toBe('B2B considered purchase');
    await planning.addTeam('Partners & Channel — Zoë’s team');
    await app.setup.row(0).locator('select[name="teamId"]').selectOption({ label: 'Partners & Channel — Zoë’s team' });
    await app.workshop.waitForSaved();

    await planning.removeTeamButton('Partners & Channel — Zoë’s team').click();
    await planning.teamRefusal.waitFor();
    expect(await planning.teamRefusal.textContent()).toBe('Partners & Channel — Zoë’s team still has 1 participant. Move them to another team first.');
    // Said once, under the row: not again as a toast.
    expect(await app.page.getByTestId('toast-error').count()).toBe(0);
    expect(await planning.teamRows.count()).toBe(5);

    // Undo the assignment: the team is empty again and can go.
    await app.workshop.undo();
    await expect.poll(() => app.setup.row(0).locator('select[name="teamId"] option:checked').textContent()).toBe('Leadership');
    // The refusal is no longer true once the team is empty.
    await expect.poll(() => planning.teamRefusal.count()).toBe(0);
    await planning.removeTeamButton('Partners & Channel — Zoë’s team').click();
    await expect.poll(() => planning.teamRows.count()).toBe(4);
    // The focus goes from the removed (last) row to the previous row's Remove button.
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toMatch(/^Remove the team /);
    await expectAccessible(app.page, 'the setup phase');
  });

  it('asks before removing a participant whose scores, action and sponsor entry go with them, and says what went', async () => {
    await app.setup.rows.first().waitFor();
    const count = await app.setup.rows.count();
    expect(await app.setup.nameInput(0).inputValue()).toBe('Marguerite Fontaine');
    const dialog = app.page.getByTestId('confirm-removal');

    await app.setup.removeParticipant(0);
    await dialog.waitFor();
    expect(await dialog.getByTestId('confirm-removal-question').textContent()).toBe(
      'Removing Marguerite Fontaine also removes 10 pulse scores, leaves 1 action without an owner, and unlinks 1 sponsor entry from the participant list.',
    );
    await expectAccessible(app.page, 'the removal question');
    // Cancel has the focus: Enter keeps everything.
    await app.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await app.setup.rows.count()).toBe(count);

    await app.setup.removeParticipant(0);
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(() => app.setup.rows.count()).toBe(count - 1);
    // The focus does not fall to the page: it moves to the next row's Remove button.
    await expect.poll(() => app.page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true);
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.closest('[data-testid="participant-row"]') === document.querySelector('[data-testid="participant-row"]'))).toBe(true);
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Remove /);
    expect(await app.page.getByTestId('toast-info').textContent()).toContain(
      'Removed Marguerite Fontaine. This also removed 10 pulse scores, left 1 action without an owner, and unlinked 1 sponsor entry from the participant list.',
    );
    await app.page.getByTestId('toast-info').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => app.setup.nameInput(0).inputValue()).toBe('Marguerite Fontaine');
  });

  it('plans the agenda by keyboard: leave a phase out, reorder, change a time box; kept across a reload; undo', async () => {
    const before = await planning.totalMinutes();
    expect(before).toBe(410);

    // Leave "Best customers" out: it leaves the phase bar.
    await planning.includeSwitch('Best customers').focus();
    await app.page.keyboard.press('Space');
    await expect.poll(() => app.workshop.phaseStep('bestCustomers').count()).toBe(0);
    expect(await planning.totalMinutes()).toBe(before - 30);

    // Move Hand-off two places earlier with the keyboard; focus stays on the button.
    await planning.moveEarlier('Hand-off').focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => planning.agendaOrder()).toEqual(['setup', 'pulse', 'buyingProcess', 'handoff', 'responsibilities', 'bestCustomers', 'goals', 'rhythm', 'actions', 'signoff']);
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move Hand-off earlier');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => planning.agendaOrder()).toEqual(['setup', 'pulse', 'handoff', 'buyingProcess', 'responsibilities', 'bestCustomers', 'goals', 'rhythm', 'actions', 'signoff']);
    const bar = await app.page.locator('[data-testid^="phase-"][data-state]').evaluateAll((steps) => steps.map((s) => s.getAttribute('data-testid')));
    expect(bar.slice(0, 4)).toEqual(['phase-setup', 'phase-pulse', 'phase-handoff', 'phase-buyingProcess']);

    // A longer time box shows in the total; a short day warns.
    await planning.timeBox('Pulse').fill('45');
    await expect.poll(() => planning.totalMinutes()).toBe(before - 30 + 15);
    await planning.dayLength.fill('360');
    await planning.overWarning.waitFor();
    expect(await planning.overWarning.textContent()).toContain('The agenda runs 35 min over the day');
    await app.workshop.waitForSaved();

    await app.page.reload();
    await app.workshop.waitForOpen();
    expect(await planning.agendaOrder()).toEqual(['setup', 'pulse', 'handoff', 'buyingProcess', 'responsibilities', 'bestCustomers', 'goals', 'rhythm', 'actions', 'signoff']);
    expect(await planning.includeSwitch('Best customers').isChecked()).toBe(false);
    expect(await planning.timeBox('Pulse').inputValue()).toBe('45');
    expect(await planning.totalMinutes()).toBe(395);
    expect(await planning.overWarning.isVisible()).toBe(true);

    // Undo the day length, then the time box.
    await app.workshop.undo();
    await expect.poll(() => planning.dayLength.inputValue()).toBe('480');
    expect(await planning.overWarning.count()).toBe(0);
    await app.workshop.undo();
    await expect.poll(() => planning.timeBox('Pulse').inputValue()).toBe('30');
    expect(await planning.totalMinutes()).toBe(380);
    await app.workshop.waitForSaved();
  });
});
