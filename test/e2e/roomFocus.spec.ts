/**
 * What the facilitator discusses is what the room reads: the stage picked on the console and
 * its Matrix/Swimlanes choice reach the projector page (through room.focus, so a projector that
 * opens later or reloads shows the same), and at a 1280×720 projector a 20-stage, 40-person
 * workshop stays at the room's type size (18.7 px there is 28 px at 1080p).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRoomScaleWorkshop } from '../helpers/buildRoomScaleWorkshop';
import { BuyingProcessPage } from './pages/BuyingProcessPage';
import { ResponsibilitiesPage } from './pages/ResponsibilitiesPage';
import { connectHostClient, type HostClient } from './support/connectHostClient';
import { expectAccessible } from './support/expectAccessible';
import { inspectProjection } from './support/inspectProjection';
import { launchBrowser, releaseBrowser } from './support/launchBrowser';
import { openApp, type OpenApp } from './support/openApp';
import { openProjector } from './support/openProjector';
import { startWebHost, type WebHost } from './support/startWebHost';

/** 28 px at 1080p, on a 720p wall. */
const ROOM_TYPE_AT_720P = 18.7;

// The tests build on each other in one workshop: a retry would start from what a failed attempt left.
describe('the room reads what the facilitator discusses', { retry: 0 }, () => {
  let host: WebHost;
  let browser: Browser;
  let app: OpenApp;
  let projectorPage: Page;
  let raci: ResponsibilitiesPage;

  beforeAll(async () => {
    [host, browser] = await Promise.all([startWebHost(), launchBrowser()]);
    app = await openApp(browser, host);
    await app.workshop.waitForOpen();
    await app.workshop.goToPhase('responsibilities');
    raci = new ResponsibilitiesPage(app.page);
    ({ page: projectorPage } = await openProjector(app, host, 'responsibilities'));
  });
  afterAll(async () => {
    await app?.close();
    await releaseBrowser(browser);
    await host?.stop();
  });

  const projection = () => projectorPage.getByTestId('responsibilities-projection');
  const projectedMatrix = () => projectorPage.getByTestId('projector-stage-matrix');

  it('shows the matrix of the stage picked on the console', async () => {
    // The console opens on the matrix, and so does the room.
    await expect.poll(() => projection().getAttribute('data-view')).toBe('matrix');
    await raci.pickStage('Evaluation');
    await expect.poll(() => projectedMatrix().textContent()).toContain('Evaluation');
    expect(await projectedMatrix().textContent()).toMatch(/Stage \d+ of \d+/);
    // Each activity of the stage is a row, with its teams' role letters.
    const rows = await raci.rows.count();
    expect(await projectorPage.getByTestId('projector-matrix-row').count()).toBe(rows);
    // A team that holds two roles in an activity shows both on the wall, in R A C I order.
    const first = raci.rows.first();
    for (const role of ['R', 'A', 'C', 'I'] as const) {
      if ((await raci.toggle(first, 'Marketing', role).getAttribute('aria-pressed')) === 'true') continue;
      await raci.toggle(first, 'Marketing', role).click();
      await expect.poll(() => raci.toggle(first, 'Marketing', role).getAttribute('aria-pressed')).toBe('true');
      if ((await first.locator('.raci-cell').first().locator('[aria-pressed="true"]').count()) >= 2) break;
    }
    const consoleLetters = () => raci.rows.evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('.raci-cell')].map((cell) => [...cell.querySelectorAll('[aria-pressed="true"]')].map((b) => b.textContent).join('')).join('|')));
    const wallLetters = () => projectorPage.getByTestId('projector-matrix-row').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => [...td.querySelectorAll('abbr')].map((a) => a.textContent).join('')).join('|')));
    expect((await consoleLetters())[0]!.split('|')[0]!.length).toBeGreaterThanOrEqual(2);
    await expect.poll(wallLetters).toEqual(await consoleLetters());
    await expectAccessible(projectorPage, 'the projected RACI matrix of a stage');
  });

  it('switches to the swimlanes with the console, on the page that holds the focused stage, and back', async () => {
    await raci.showSwimlanes();
    await expect.poll(() => projection().getAttribute('data-view')).toBe('swimlanes');
    await projectorPage.getByTestId('swimlanes').waitFor();
    expect(await projectorPage.locator('.swimlanes__stage-name').allTextContents()).toContain('Evaluation');
    await raci.showMatrix();
    await expect.poll(() => projection().getAttribute('data-view')).toBe('matrix');
    expect(await projectedMatrix().textContent()).toContain('Evaluation');
  });

  it('keeps the focus in the workshop: a projector opened afterwards shows the same stage and view', async () => {
    await raci.pickStage('Purchase');
    await expect.poll(() => projectedMatrix().textContent()).toContain('Purchase');
    await projectorPage.reload();
    await projectedMatrix().waitFor();
    expect(await projectedMatrix().textContent()).toContain('Purchase');
    expect(await projection().getAttribute('data-view')).toBe('matrix');
  });

  describe('with 20 stages, 40 people and long names in several scripts, on a 1280×720 projector', () => {
    let client: HostClient;

    beforeAll(async () => {
      client = await connectHostClient(host.origin, app.context);
      const imported = await client.api.importWorkshop('room-scale.accord.json', JSON.stringify(buildRoomScaleWorkshop()));
      if (!imported.ok) throw new Error(imported.message);
      await client.api.openWorkshop(imported.summary.id);
      await projectorPage.setViewportSize({ width: 1280, height: 720 });
    });
    afterAll(() => client?.close());

    const settled = () => projectorPage.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

    it('pages the swimlanes by fewer stages rather than drawing them under the room type size', async () => {
      await client.api.dispatch({ type: 'goToPhase', phase: 'responsibilities' });
      await client.api.dispatch({ type: 'focusRoom', responsibilitiesView: 'swimlanes', stageId: null });
      await projectorPage.locator('[data-testid="projector"][data-phase="responsibilities"] [data-testid="swimlanes"]').waitFor();
      await settled();
      const inspection = await inspectProjection(projectorPage);
      expect(inspection.cut).toEqual([]);
      expect(inspection.smallestFontPx, `“${inspection.smallestText}” is the smallest type`).toBeGreaterThanOrEqual(ROOM_TYPE_AT_720P);
      expect(await projectorPage.getByTestId('projector-stage-page').textContent()).toMatch(/^Stages 1–[2-4] of 20/);
    });

    it('shows the focused stage of twenty in the matrix at the room type size', async () => {
      const session = await client.api.getSession();
      const fifteenth = session!.workshop.stages[14]!;
      await client.api.dispatch({ type: 'focusRoom', responsibilitiesView: 'matrix', stageId: fifteenth.id });
      await expect.poll(() => projectedMatrix().getAttribute('data-stage-id')).toBe(fifteenth.id);
      await settled();
      expect(await projectedMatrix().textContent()).toContain('Stage 15 of 20');
      const inspection = await inspectProjection(projectorPage);
      expect(inspection.cut).toEqual([]);
      expect(inspection.smallestFontPx, `“${inspection.smallestText}” is the smallest type`).toBeGreaterThanOrEqual(ROOM_TYPE_AT_720P);
    });

    it('turns the buying process on the wall to the stage selected on the console, and Responsibilities opens on it', async () => {
      const session = await client.api.getSession();
      const fifteenth = session!.workshop.stages[14]!;
      await client.api.dispatch({ type: 'focusRoom', stageId: null });
      await app.workshop.goToPhase('buyingProcess');
      await projectorPage.getByTestId('buying-process-projection').waitFor();
      expect(await projectorPage.getByTestId('projector-stage-page').textContent()).toMatch(/^Stages 1–/);
      await new BuyingProcessPage(app.page).select(14);
      await expect.poll(() => projectorPage.getByTestId('projector-stage').allTextContents()).toContainEqual(expect.stringContaining(fifteenth.name));
      await app.workshop.goToPhase('responsibilities');
      await expect.poll(() => raci.matrix.getAttribute('data-stage-id')).toBe(fifteenth.id);
      await expect.poll(() => projectedMatrix().getAttribute('data-stage-id')).toBe(fifteenth.id);
    });

    it('opens the day with whole names in the Setup projection, and says how many more people each team has', async () => {
      await client.api.dispatch({ type: 'goToPhase', phase: 'setup' });
      await projectorPage.getByTestId('setup-projection').waitFor();
      await settled();
      const inspection = await inspectProjection(projectorPage);
      expect(inspection.cut).toEqual([]);
      expect(inspection.shortened, 'no name of the sample is shortened').toEqual([]);
      expect(inspection.smallestFontPx).toBeGreaterThanOrEqual(ROOM_TYPE_AT_720P);
      const names = projectorPage.locator('.pj-team-people__names > li:not(.pj-team-people__more)');
      // Each name shown is whole, and carries its full text for whoever cannot read it from the wall.
      for (const item of await names.all()) expect((await item.textContent())?.trim()).toBe(await item.getAttribute('title'));
      const more = await projectorPage.locator('.pj-team-people__more').allTextContents();
      expect(more.length).toBeGreaterThan(0);
      const shown = await names.count();
      const counted = more.reduce((sum, text) => sum + Number(/and (\d+) more/.exec(text)![1]), 0);
      expect(shown + counted).toBe(40);
    });

    it('at 1920×1080 too, keeps 28 px type on every page of swimlanes it turns to (the stage-15 page needed smaller type with four stages)', async () => {
      await projectorPage.setViewportSize({ width: 1920, height: 1080 });
      const session = await client.api.getSession();
      await client.api.dispatch({ type: 'goToPhase', phase: 'responsibilities' });
      await client.api.dispatch({ type: 'focusRoom', responsibilitiesView: 'swimlanes', stageId: session!.workshop.stages[14]!.id });
      await expect.poll(() => projectorPage.locator('.swimlanes__stage-number').allTextContents()).toContain('15');
      await settled();
      const inspection = await inspectProjection(projectorPage);
      expect(inspection.cut).toEqual([]);
      expect(inspection.smallestFontPx, `“${inspection.smallestText}” is the smallest type`).toBeGreaterThanOrEqual(28);
    });
  });
});
