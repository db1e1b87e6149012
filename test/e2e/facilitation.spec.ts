import { beforeEach, describe, expect, it } from 'vitest';
import { ActionsPage } from './pages/ActionsPage';
import { FacilitationPage } from './pages/FacilitationPage';
import { expectAccessible } from './support/expectAccessible';
import type { OpenApp } from './support/openApp';
import { useSampleWorkshop } from './support/useSampleWorkshop';

describe('facilitation tools', () => {
  const room = useSampleWorkshop();
  let app: OpenApp;
  let tools: FacilitationPage;
  let actions: ActionsPage;

  beforeEach(async () => {
    ({ app } = room);
    tools = new FacilitationPage(app.page);
    actions = new ActionsPage(app.page);
  });

  it('parks topics from two phases with the shortcut; the Actions phase lists both with where they came up', async () => {
    await app.workshop.goToPhase('buyingProcess');
    await app.workshop.heading.click();
    await tools.parkTopic('Is Onboarding really a stage of the buying process?');
    await app.workshop.goToPhase('goals');
    await app.workshop.heading.click();
    await tools.parkTopic('Should the SDR bonus include marketing-sourced pipeline?');
    await expect.poll(() => tools.parkingLotCount.textContent()).toContain('3');

    await app.workshop.goToPhase('actions');
    await expect.poll(() => actions.parkedItems.count()).toBe(3);
    expect(await actions.parkedItems.nth(1).getByText('Buying process').count()).toBe(1);
    expect(await actions.parkedItems.nth(2).getByText('Goals & incentives').count()).toBe(1);
    expect(await actions.parkedItems.nth(2).locator('input').inputValue()).toBe('Should the SDR bonus include marketing-sourced pipeline?');

    // Turning one into an action moves it to the action list.
    await actions.parkedItems.nth(2).getByRole('button', { name: /^Turn into action: / }).click();
    await expect.poll(() => actions.parkedItems.count()).toBe(2);
    await expect.poll(() => actions.titles()).toContain('Should the SDR bonus include marketing-sourced pipeline?');
  });

  it('adds sticky notes with one shortcut and Enter, and turns them into an action and a stage; undo brings a note back', async () => {
    await app.workshop.goToPhase('buyingProcess');
    await app.workshop.heading.click();
    await tools.addNote('Send the ROI calculator after every demo');
    await tools.addNote('Security review');
    expect(await tools.notes.count()).toBe(3);
    // At 1366×768 the open panel takes a column of its own: it covers none of the phase, and the
    // phase fits beside it without scrolling sideways.
    const layout = await app.page.evaluate(() => {
      const panel = document.querySelector('[data-testid="notes-panel"]')!.getBoundingClientRect();
      const main = document.querySelector('[data-testid="phase-view"]')!;
      return { panelLeft: panel.left, phaseRight: main.getBoundingClientRect().right, scrollsSideways: main.scrollWidth > main.clientWidth };
    });
    expect(layout.panelLeft).toBeGreaterThanOrEqual(layout.phaseRight);
    expect(layout.scrollsSideways).toBe(false);

    await tools.convertNote('Send the ROI calculator after every demo', 'an action');
    await tools.convertNote('Security review', 'a stage');
    expect(await tools.notes.count()).toBe(1);
    // The new stage shows in the buying process beside the other seven.
    const stageNamed = (name: string) => app.page.getByTestId('phase-view').locator('input').evaluateAll((inputs, n) => inputs.some((i) => (i as HTMLInputElement).value === n), name);
    await expect.poll(() => stageNamed('Security review')).toBe(true);

    // Undo from the keyboard, outside a text field (the toasts offer Undo too).
    await app.workshop.heading.click();
    await app.page.keyboard.press('Control+Z');
    await expect.poll(() => tools.note('Security review').count()).toBe(1);
    await expect.poll(() => stageNamed('Security review')).toBe(false);
    await app.page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => tools.note('Security review').count()).toBe(0);

    await app.workshop.goToPhase('actions');
    await expect.poll(() => actions.titles()).toContain('Send the ROI calculator after every demo');
    // Notes belong to their phase: the Actions phase has none.
    expect(await tools.notes.count()).toBe(0);
    await app.workshop.waitForSaved();
    await app.page.reload();
    await app.workshop.waitForOpen();
    await actions.root.waitFor();
    expect(await actions.titles()).toContain('Send the ROI calculator after every demo');
  });

  it('runs a fist of five and a dot vote, closes both and finds them in the decisions log', async () => {
    await app.workshop.goToPhase('handoff');
    await tools.startFistOfFive('First contact within 4 business hours');
    await tools.recordHands([4, 5, 3, 2, 4]);
    expect(await tools.voteDialog.getByTestId('fist-average').textContent()).toContain('3.6');
    expect(await tools.voteDialog.getByTestId('vote-summary').textContent()).toBe('Average 3.6 from 5 hands; 1 at 2 or below');

    // The vote lives in the workshop: a reload keeps it, and the dialog reopens it.
    await app.workshop.waitForSaved();
    await app.page.reload();
    await app.workshop.waitForOpen();
    await tools.openVote();
    expect(await tools.voteDialog.getByTestId('fist-hands').textContent()).toBe('5 hands');
    await tools.closeAndRecord();

    await tools.startDotVote('Which segment do we focus on first?', ['Fleet operators', 'Municipal transit', 'Logistics SMBs']);
    for (const key of ['1', '2', '1', '3', '1', '2']) await app.page.keyboard.press(key);
    await expect.poll(() => tools.dotCount('Fleet operators').textContent()).toContain('3');
    await app.page.keyboard.press('Shift+Digit2');
    await expect.poll(() => tools.dotCount('Municipal transit').textContent()).toContain('1');
    await expect.poll(() => tools.voteDialog.getByTestId('vote-summary').textContent()).toBe('Fleet operators 3 · Municipal transit 1 · Logistics SMBs 1 (5 dots)');
    await tools.closeAndRecord();

    await app.workshop.goToPhase('actions');
    await expect.poll(() => actions.decisions.count()).toBe(3);
    const fist = actions.decisions.nth(1);
    expect(await fist.getAttribute('data-method')).toBe('fistOfFive');
    expect(await fist.locator('textarea[name="text"]').inputValue()).toBe('First contact within 4 business hours');
    expect(await fist.locator('input[name="result"]').inputValue()).toBe('Average 3.6 from 5 hands; 1 at 2 or below');
    const dots = actions.decisions.nth(2);
    expect(await dots.getAttribute('data-method')).toBe('dotVote');
    expect(await dots.locator('input[name="result"]').inputValue()).toBe('Fleet operators 3 · Municipal transit 1 · Logistics SMBs 1 (5 dots)');

    // Dissent is editable after the fact.
    await fist.locator('input[name="dissent"]').fill('Jonas: 4 hours is too short on Mondays');
    await app.workshop.waitForSaved();
    await app.page.reload();
    await actions.root.waitFor();
    expect(await actions.decisions.nth(1).locator('input[name="dissent"]').inputValue()).toBe('Jonas: 4 hours is too short on Mondays');
  });

  it('is accessible with each tool open', async () => {
    await app.workshop.goToPhase('bestCustomers');
    await app.workshop.heading.click();
    await app.page.keyboard.press('Control+Shift+L');
    await tools.parkingLotDrawer.waitFor();
    await expectAccessible(app.page, 'the parking lot drawer');
    await app.page.keyboard.press('Escape');

    await tools.addNote('Named accounts need a second owner');
    await tools.note('Named accounts need a second owner').getByRole('button', { name: /^Turn into… / }).click();
    await expectAccessible(app.page, 'the sticky notes panel');

    await tools.startDotVote('Which accounts first?', ['Nordic fleets', 'Port operators']);
    // This browser asks for reduced motion: the dialog is there at once, without its fade.
    expect(await tools.voteDialog.evaluate((dialog) => getComputedStyle(dialog).animationName)).toBe('none');
    await expectAccessible(app.page, 'a running dot vote');
    await app.page.keyboard.press('Escape');
    await tools.startFistOfFive('Named-account list is final');
    await tools.recordHands([3]);
    await expectAccessible(app.page, 'a running fist of five');
    await tools.voteDialog.getByRole('button', { name: 'All votes' }).click();
    await tools.voteDialog.getByText('Votes in progress').waitFor();
    await expectAccessible(app.page, 'the vote dialog with votes in progress');
  });
});
