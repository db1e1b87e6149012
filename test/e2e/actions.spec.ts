import { beforeEach, describe, expect, it } from 'vitest';
import { ActionsPage } from './pages/ActionsPage';
import { expectAccessible } from './support/expectAccessible';
import type { OpenApp } from './support/openApp';
import { openProjector } from './support/openProjector';
import type { WebHost } from './support/startWebHost';
import { useSampleWorkshop } from './support/useSampleWorkshop';

describe('actions phase', () => {
  const room = useSampleWorkshop({ phase: 'actions' });
  let host: WebHost;
  let app: OpenApp;
  let actions: ActionsPage;

  beforeEach(async () => {
    ({ host, app } = room);
    actions = new ActionsPage(app.page);
    await actions.root.waitFor();
  });

  it('adds two actions from the keyboard, changes a status, keeps them across a reload, and undoes', async () => {
    expect(await actions.titles()).toHaveLength(3);
    // The first new row comes from the button; Enter at the end of a row starts the next one.
    await actions.addAction();
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('title');
    await actions.typeRow({ title: 'Draft the SLA for inbound follow-up', ownerTypeahead: 'Aisha', dueDigits: '01152027' });
    await actions.row(4).waitFor();
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.closest('[data-testid="action-row"]') !== null)).toBe(true);
    await actions.typeRow({ title: 'Zoë: case-study pipeline', ownerTypeahead: 'Zo', dueDigits: '02282027' });
    await actions.row(5).waitFor();

    expect(await actions.title(3).inputValue()).toBe('Draft the SLA for inbound follow-up');
    expect(await actions.owner(3).locator('option:checked').textContent()).toBe('Aisha Bello · Sales');
    expect(await actions.due(3).inputValue()).toBe('2027-01-15');
    expect(await actions.owner(4).locator('option:checked').textContent()).toBe('Zoë Lindqvist · Marketing');
    expect(await actions.due(4).inputValue()).toBe('2027-02-28');

    // The extra empty row the last Enter started goes away again.
    await actions.row(5).getByRole('button', { name: /^Remove / }).click();
    await expect.poll(() => actions.rows.count()).toBe(5);

    await actions.status(3).selectOption({ label: 'In progress' });
    await expect.poll(() => actions.row(3).getAttribute('data-status')).toBe('inProgress');
    await app.workshop.waitForSaved();

    await app.page.reload();
    await app.workshop.waitForOpen();
    await actions.root.waitFor();
    expect(await actions.titles()).toEqual([
      'Publish the lead definitions in the CRM and the wiki',
      'Set up the fortnightly pipeline review',
      'Propose the shared-incentive change to HR',
      'Draft the SLA for inbound follow-up',
      'Zoë: case-study pipeline',
    ]);
    expect(await actions.status(3).inputValue()).toBe('inProgress');
    expect(await actions.due(4).inputValue()).toBe('2027-02-28');

    // Undo the status change from the keyboard, outside a text field.
    await app.workshop.heading.click();
    await app.page.keyboard.press('Control+Z');
    await expect.poll(() => actions.status(3).inputValue()).toBe('open');
    await app.page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => actions.status(3).inputValue()).toBe('inProgress');

    // Sorting by due date is a view of the same list.
    await app.page.getByRole('button', { name: /^Due/ }).click();
    expect((await actions.titles())[0]).toBe('Set up the fortnightly pipeline review');
    await app.workshop.waitForSaved();
  });

  it('shows each new row with the caret already in its title, so a fast typist loses no keystroke', async () => {
    // Notes where the focus is as each new row enters the page: the observer runs right after
    // the commit that inserts it, before the page can take a keystroke.
    await actions.root.evaluate((root) => {
      const focusAsRowsArrive: string[] = [];
      (window as unknown as { focusAsRowsArrive: string[] }).focusAsRowsArrive = focusAsRowsArrive;
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (!(node instanceof HTMLElement) || node.dataset.testid !== 'action-row') continue;
            const focused = document.activeElement;
            focusAsRowsArrive.push(focused && node.contains(focused) ? `its ${focused.getAttribute('name')}` : `elsewhere: ${focused?.getAttribute('name') ?? focused?.tagName}`);
          }
        }
      }).observe(root, { childList: true, subtree: true });
    });
    const focusAsRowsArrive = () => app.page.evaluate(() => (window as unknown as { focusAsRowsArrive: string[] }).focusAsRowsArrive);

    await actions.addAction();
    await actions.typeRow({ title: 'Set up the partner pipeline review', ownerTypeahead: 'Aisha', dueDigits: '01222027' });
    await actions.row(4).waitFor();
    await app.page.keyboard.type('Send the win-loss survey');
    expect(await focusAsRowsArrive()).toEqual(['its title', 'its title']);
    expect(await actions.title(3).inputValue()).toBe('Set up the partner pipeline review');
    expect(await actions.status(3).inputValue()).toBe('open');
    expect(await actions.title(4).inputValue()).toBe('Send the win-loss survey');
  });

  it('records where an action came from: a stage of the buying process or a topic of the day, kept across a reload', async () => {
    const from = actions.from(0);
    // The sample's first action came up in the hand-off discussion.
    expect(await from.locator('option:checked').textContent()).toBe('Hand-off');
    const labels = await from.locator('optgroup').evaluateAll((groups) => groups.map((g) => [g.getAttribute('label'), [...g.querySelectorAll('option')].map((o) => o.textContent)]));
    expect(labels[0]).toEqual(['Buying-process stage', ['1. Awareness', '2. Education', '3. Consideration', '4. Evaluation', '5. Purchase', '6. Onboarding', '7. Expansion & advocacy']]);
    expect(labels[1]![0]).toBe('Topic of the day');
    expect(labels[1]![1]).toEqual(expect.arrayContaining(['Pulse', 'Buying process', 'Hand-off', 'Actions']));
    expect(labels[1]![1]).not.toContain('Setup');

    await from.selectOption({ label: '4. Evaluation' });
    await actions.from(1).selectOption({ label: 'Best customers' });
    await actions.from(2).selectOption({ label: 'Not said' });
    await app.workshop.waitForSaved();
    await app.page.reload();
    await app.workshop.waitForOpen();
    await actions.root.waitFor();
    expect(await Promise.all([0, 1, 2].map((i) => actions.from(i).locator('option:checked').textContent()))).toEqual(['4. Evaluation', 'Best customers', 'Not said']);
    await expectAccessible(app.page, 'the Actions table with its From column');
  });

  it('is accessible on the console and on the projector, which shows owners with their teams', async () => {
    await expectAccessible(app.page, 'the Actions phase on the console');
    const { page: projectorPage, projector } = await openProjector(app, host, 'actions');
    const projected = projectorPage.getByTestId('projected-action');
    await projected.first().waitFor();
    const text = await projectorPage.getByTestId('actions-projection').textContent();
    expect(text).toContain('Jonas Weiß');
    expect(text).toContain('Sales');
    expect(text).toContain('Decisions');
    expect(await projector.fontSize('.pa-action__title')).toBeGreaterThanOrEqual(28);
    expect(await projector.fontSize('.pa-action__meta')).toBeGreaterThanOrEqual(28);
    await expectAccessible(projectorPage, 'the Actions phase on the projector');
    await projectorPage.close();
  });
});
