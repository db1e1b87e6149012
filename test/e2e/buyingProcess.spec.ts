import { beforeEach, describe, expect, it } from 'vitest';
import { BuyingProcessPage } from './pages/BuyingProcessPage';
import { HandoffPage } from './pages/HandoffPage';
import { expectAccessible } from './support/expectAccessible';
import type { OpenApp } from './support/openApp';
import { openProjector } from './support/openProjector';
import type { WebHost } from './support/startWebHost';
import { useSampleWorkshop } from './support/useSampleWorkshop';

const SAMPLE_STAGES = ['Awareness', 'Education', 'Consideration', 'Evaluation', 'Purchase', 'Onboarding', 'Expansion & advocacy'];

describe('buying process', () => {
  const room = useSampleWorkshop({ phase: 'buyingProcess' });
  let host: WebHost;
  let app: OpenApp;
  let bp: BuyingProcessPage;

  beforeEach(async () => {
    ({ host, app } = room);
    bp = new BuyingProcessPage(app.page);
  });

  it('adds, names and fills a stage, reorders by keyboard, deletes with undo, and keeps it all across a reload', async () => {
    expect(await bp.names()).toEqual(SAMPLE_STAGES);

    // Add a stage at the end: its name field takes the focus, so the facilitator just types.
    await bp.addStage('Renewal');
    await expect.poll(() => bp.names()).toEqual([...SAMPLE_STAGES, 'Renewal']);
    await expect.poll(() => bp.detail.getAttribute('data-stage-id')).toBe(await bp.card(7).getAttribute('data-stage-id'));

    // Every per-stage field, in the detail panel.
    await bp.field('Customer goal').fill('Decide whether to stay for another year');
    await bp.field('Customer questions').fill('Did we get the value we were promised?');
    await bp.field('Touchpoints & channels').fill('Quarterly business review, renewal call');
    await bp.field('Exit criterion').fill('Renewal signed');
    await bp.field('How it is measured').fill('Gross revenue retention');
    await expect.poll(() => bp.card(7).getByTestId('stage-goal').textContent()).toBe('Decide whether to stay for another year');

    // Rename inline on the card.
    await bp.nameInput(7).fill('Renewal & expansion');

    // Reorder by keyboard: two places to the left.
    await bp.moveByKeyboard(7, -2);
    await expect.poll(() => bp.names()).toEqual(['Awareness', 'Education', 'Consideration', 'Evaluation', 'Purchase', 'Renewal & expansion', 'Onboarding', 'Expansion & advocacy']);
    // And one back with the explicit button.
    await bp.select(5);
    await bp.detail.getByRole('button', { name: 'Move right' }).click();
    await expect.poll(() => bp.names()).toEqual([...SAMPLE_STAGES.slice(0, 6), 'Renewal & expansion', 'Expansion & advocacy']);

    // Delete needs no confirmation: undo brings it back with its details.
    await bp.select(6);
    await bp.deleteSelected();
    await expect.poll(() => bp.names()).toEqual(SAMPLE_STAGES);
    await expect.poll(() => app.page.getByTestId('toast-info').textContent()).toContain('Undo with');
    // The focus moves to the Delete button of the stage shown next, not to the page.
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')).toBe('Delete stage');
    // Ctrl+Z outside a text field is the workshop's undo.
    await app.workshop.heading.click();
    await app.page.keyboard.press('Control+Z');
    await expect.poll(() => bp.names()).toEqual([...SAMPLE_STAGES.slice(0, 6), 'Renewal & expansion', 'Expansion & advocacy']);

    await app.workshop.waitForSaved();
    await app.page.reload();
    await app.workshop.waitForPhase('buyingProcess');
    await expect.poll(() => bp.names()).toEqual([...SAMPLE_STAGES.slice(0, 6), 'Renewal & expansion', 'Expansion & advocacy']);
    await bp.select(6);
    expect(await bp.field('Exit criterion').inputValue()).toBe('Renewal signed');
    expect(await bp.field('How it is measured').inputValue()).toBe('Gross revenue retention');
  });

  it('asks before removing a stage that takes hand-off points with it, names them, and undo brings them back', async () => {
    const dialog = app.page.getByTestId('confirm-removal');
    // The host keeps the workshop between tests, so start from the stages as they are.
    const stages = await bp.names();
    await bp.select(stages.indexOf('Consideration'));
    await bp.deleteSelected();
    await dialog.waitFor();
    expect(await dialog.getByTestId('confirm-removal-question').textContent()).toBe(
      'Removing Consideration also removes 2 activities and 2 hand-offs (1 hand-off point and 1 hand-back; with 4 lead definitions, 3 rejection reasons, 1 follow-up commitment and 1 volume commitment).',
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await bp.names()).toEqual(stages);

    await bp.deleteSelected();
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(() => bp.names()).toEqual(stages.filter((name) => name !== 'Consideration'));
    expect(await app.page.getByTestId('toast-info').textContent()).toContain('Removed Consideration. This also removed 2 activities and 2 hand-offs (1 hand-off point and 1 hand-back;');

    await app.page.getByTestId('toast-info').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => bp.names()).toEqual(stages);
    await app.workshop.goToPhase('handoff');
    const handoff = new HandoffPage(app.page);
    await expect.poll(() => handoff.cards.count()).toBe(2);
    await expect.poll(() => handoff.definitions(handoff.card(0)).count()).toBe(3);
  });

  it('passes axe on the console and on the projector, which shows the stages with their goals', async () => {
    await expectAccessible(app.page, 'the Buying process console');
    const { page: projector } = await openProjector(app, host, 'buyingProcess');
    await projector.getByTestId('projector-stage').first().waitFor();
    expect(await projector.getByTestId('projector-stage').count()).toBeGreaterThanOrEqual(7);
    expect(await projector.getByTestId('projector-stage').first().textContent()).toContain('Awareness');
    await expectAccessible(projector, 'the Buying process projection');
  });
});
