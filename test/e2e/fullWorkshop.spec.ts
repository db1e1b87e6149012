/**
 * One whole workshop, end to end, through the UI only: from an empty library, create a
 * workshop from the "B2B considered purchase" template, walk every phase in order with
 * Ctrl+], make one edit in each, finish with the action list, reload and find it all kept.
 * The edits in other engineers' phases stay deliberately small: each phase opens and accepts one edit.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ActionsPage } from './pages/ActionsPage';
import { FacilitationPage } from './pages/FacilitationPage';
import { launchBrowser, releaseBrowser } from './support/launchBrowser';
import { openApp, type OpenApp } from './support/openApp';
import { startWebHost, type WebHost } from './support/startWebHost';

const PHASE_ORDER = ['setup', 'pulse', 'buyingProcess', 'responsibilities', 'handoff', 'bestCustomers', 'goals', 'rhythm', 'actions', 'signoff'];

/** Every text the phase shows, including the values of its fields. */
function phaseText(page: Page): Promise<string> {
  return page.getByTestId('phase-view').evaluate((view) => {
    const values = [...view.querySelectorAll('input, textarea')].map((el) => (el as HTMLInputElement).value);
    return `${view.textContent ?? ''}\n${values.join('\n')}`;
  });
}

describe('a full workshop', () => {
  let host: WebHost;
  let browser: Browser;
  let app: OpenApp;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await releaseBrowser(browser);
  });
  // A retry starts again from an empty library, not from the workshop its first attempt made.
  beforeEach(async () => {
    host = await startWebHost({ extraArgs: ['--no-sample'] });
    app = await openApp(browser, host, { viewport: { width: 1920, height: 1080 } });
  });
  afterEach(async () => {
    await app?.close();
    await host?.stop();
  });

  it('runs from an empty library through every phase, and keeps everything across a reload', async () => {
    const { page, library, workshop, setup } = app;
    const actions = new ActionsPage(page);
    const tools = new FacilitationPage(page);
    await library.waitForLoaded();
    expect(await library.cards.count()).toBe(0);
    await library.createWorkshop('Fjord alignment day', 'B2B considered purchase');
    await workshop.waitForPhase('setup');

    const next = async (phase: string) => {
      await workshop.heading.click();
      await page.keyboard.press('Control+BracketRight');
      await workshop.waitForPhase(phase);
    };
    const view = page.getByTestId('phase-view');
    const kept: Record<string, string> = {};
    const typeInto = async (field: Locator, text: string, phase: string) => {
      await field.fill(text);
      kept[phase] = text;
    };

    // 1 Setup: the company and who is in the room.
    await typeInto(setup.field('Company'), 'Fjord Analytics AS', 'setup');
    await setup.addParticipant({ name: 'Ingrid Bjørnstad', jobTitle: 'VP Sales', team: 'Sales' });
    await setup.addParticipant({ name: 'Chloé Lefèvre', jobTitle: 'Head of Marketing', team: 'Marketing' });

    // 2 Pulse: reword a statement.
    await next('pulse');
    await typeInto(view.getByLabel('Statement 1', { exact: true }), 'We share one written definition of a sales-ready lead (Fjord)', 'pulse');

    // 3 Buying process: rename the first stage of the template.
    await next('buyingProcess');
    await typeInto(view.getByLabel('Name of stage 1', { exact: true }), 'Problem awareness', 'buyingProcess');

    // 4 Responsibilities: add an activity.
    await next('responsibilities');
    await view.getByRole('button', { name: /^Add activity/ }).first().click();
    await typeInto(view.getByPlaceholder('Name this activity').last(), 'Fjord webinar series', 'responsibilities');

    // 5 Hand-off: add the hand-off and one reason to reject a lead.
    await next('handoff');
    await view.getByRole('button', { name: /^Add (the hand-off from marketing to sales|hand-off point)/ }).first().click();
    const reason = view.getByPlaceholder('Add a reason, then press Enter').first();
    await reason.fill('No budget this fiscal year');
    await reason.press('Enter');
    kept.handoff = 'No budget this fiscal year';

    // 6 Best customers: add a segment and name it.
    await next('bestCustomers');
    await view.getByRole('button', { name: /^Add (a segment|best customer)/ }).first().click();
    await typeInto(view.getByLabel(/^Segment name, /).first(), 'Nordic fleet operators', 'bestCustomers');

    // 7 Goals & incentives: a shared goal.
    await next('goals');
    await view.getByRole('button', { name: /^Add shared goal/ }).first().click();
    await typeInto(view.getByPlaceholder('e.g. Qualified pipeline created').first(), 'Pipeline from target accounts', 'goals');

    // 8 Operating rhythm: a joint meeting.
    await next('rhythm');
    await view.getByRole('button', { name: /^Add meeting/ }).first().click();
    await typeInto(view.getByPlaceholder('e.g. Pipeline review').first(), 'Fortnightly pipeline review', 'rhythm');

    // 9 Actions: two actions with owners and due dates, from the keyboard; park a topic on the way.
    await next('actions');
    await tools.parkTopic('Do partners get the same lead definitions?');
    await actions.addAction();
    await actions.typeRow({ title: 'Publish the lead definitions', ownerTypeahead: 'Chlo', dueDigits: '01152027' });
    await actions.row(1).waitFor();
    await actions.typeRow({ title: 'Set up the pipeline review', ownerTypeahead: 'Ing', dueDigits: '01222027' });
    await actions.row(2).waitFor();
    await actions.row(2).getByRole('button', { name: /^Remove / }).click();
    await expect.poll(() => actions.rows.count()).toBe(2);

    // 10 Sign-off: the last phase opens.
    await next('signoff');
    expect(await page.getByRole('button', { name: 'Next phase' }).isDisabled()).toBe(true);
    expect(await workshop.phaseStep('signoff').getAttribute('aria-current')).toBe('step');

    // Every phase was visited in order.
    for (const phase of PHASE_ORDER.slice(0, -1)) expect(await workshop.phaseStep(phase).getAttribute('data-state')).toBe('done');

    // Reload: everything is still there.
    await workshop.waitForSaved();
    await page.reload();
    await workshop.waitForOpen();
    await workshop.waitForPhase('signoff');
    for (const phase of PHASE_ORDER.slice(0, -1)) {
      await workshop.goToPhase(phase);
      if (kept[phase]) await expect.poll(() => phaseText(page), { message: `${phase} keeps “${kept[phase]}”` }).toContain(kept[phase]);
    }
    await workshop.goToPhase('setup');
    expect(await setup.rows.count()).toBe(2);
    await workshop.goToPhase('actions');
    expect(await actions.titles()).toEqual(['Publish the lead definitions', 'Set up the pipeline review']);
    expect(await actions.owner(0).locator('option:checked').textContent()).toBe('Chloé Lefèvre · Marketing');
    expect(await actions.owner(1).locator('option:checked').textContent()).toBe('Ingrid Bjørnstad · Sales');
    expect(await actions.due(0).inputValue()).toBe('2027-01-15');
    expect(await actions.due(1).inputValue()).toBe('2027-01-22');
    expect(await actions.parkedItems.count()).toBe(1);
    expect(app.errors).toEqual([]);
  });
});
