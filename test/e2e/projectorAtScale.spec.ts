/**
 * The projector with the largest workshop a room runs (20 stages, 40 participants in four teams,
 * long names in several scripts, more of everything than fits): every phase's projection at
 * 1920×1080 has nothing cut and no type under 28 px, and passes axe; at 1280×720 nothing is cut
 * and the type keeps the same share of the screen (18.67 px). Sign-off's review pages
 * have their own check in signoff.spec.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHASE_IDS, type PhaseId } from '../../src/domain/workshopSchema';
import { buildRoomScaleCheckIn } from '../helpers/buildRoomScaleCheckIn';
import { buildRoomScaleWorkshop } from '../helpers/buildRoomScaleWorkshop';
import { connectHostClient, type HostClient } from './support/connectHostClient';
import { expectAccessible } from './support/expectAccessible';
import { inspectProjection } from './support/inspectProjection';
import { launchBrowser, releaseBrowser } from './support/launchBrowser';
import { openApp, type OpenApp } from './support/openApp';
import { openProjector } from './support/openProjector';
import { startWebHost, type WebHost } from './support/startWebHost';

/** A first workshop's phases (Since last time is a check-in's: checked with the check-in). */
const PROJECTION_OF: Record<Exclude<PhaseId, 'signoff' | 'sinceLastTime'>, string> = {
  setup: 'setup-projection',
  pulse: 'pulse-projection',
  buyingProcess: 'buying-process-projection',
  responsibilities: 'responsibilities-projection',
  handoff: 'handoff-projection',
  bestCustomers: 'best-customers-projection',
  goals: 'goals-projection',
  rhythm: 'rhythm-projection',
  actions: 'actions-projection',
};

describe('the projector at the scale of a real workshop', { retry: 0 }, () => {
  let host: WebHost;
  let browser: Browser;
  let app: OpenApp;
  let client: HostClient;
  let projectorPage: Page;

  beforeAll(async () => {
    [host, browser] = await Promise.all([startWebHost(), launchBrowser()]);
    app = await openApp(browser, host);
    await app.workshop.waitForOpen();
    client = await connectHostClient(host.origin, app.context);
    const imported = await client.api.importWorkshop('room-scale.accord.json', JSON.stringify(buildRoomScaleWorkshop()));
    if (!imported.ok) throw new Error(imported.message);
    await client.api.openWorkshop(imported.summary.id);
    ({ page: projectorPage } = await openProjector(app, host));
    // The wall is what these tests look at (the host client drives the workshop): it takes the
    // front, so that its fitting and the frames the tests wait for come at the usual rate.
    await projectorPage.bringToFront();
  });
  afterAll(async () => {
    client?.close();
    await app?.close();
    await releaseBrowser(browser);
    await host?.stop();
  });

  for (const phase of PHASE_IDS.filter((p): p is Exclude<PhaseId, 'signoff' | 'sinceLastTime'> => p !== 'signoff' && p !== 'sinceLastTime')) {
    it(`${phase}: nothing cut, no type under 28 px at 1920×1080, accessible`, async () => {
      await client.api.dispatch({ type: 'goToPhase', phase });
      await projectorPage.locator(`[data-testid="projector"][data-phase="${phase}"] [data-testid="${PROJECTION_OF[phase]}"]`).waitFor();
      // Measured once the fitting has settled: two frames without a change of layout.
      await projectorPage.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const inspection = await inspectProjection(projectorPage);
      expect(inspection.cut, `${phase}: cut on the wall`).toEqual([]);
      expect(inspection.smallestFontPx, `${phase}: “${inspection.smallestText}” is the smallest type`).toBeGreaterThanOrEqual(28);
      await expectAccessible(projectorPage, `the ${phase} projection with a 20-stage, 40-participant workshop`);
    });
  }

  it('keeps every projection whole and its type at the same share of the screen on a 1280×720 projector', async () => {
    // 28 px at 1080 lines is 18.67 px at 720: the same size on the wall for the back row.
    const smallestAt720 = (28 * 720) / 1080;
    await projectorPage.setViewportSize({ width: 1280, height: 720 });
    try {
      const views = [...PHASE_IDS.filter((p): p is Exclude<PhaseId, 'signoff' | 'sinceLastTime'> => p !== 'signoff' && p !== 'sinceLastTime').map((phase) => ({ phase, view: null })), { phase: 'responsibilities' as const, view: 'swimlanes' as const }];
      for (const { phase, view } of views) {
        await client.api.dispatch({ type: 'goToPhase', phase });
        if (view) await client.api.dispatch({ type: 'focusRoom', responsibilitiesView: view });
        await projectorPage.locator(`[data-testid="projector"][data-phase="${phase}"] [data-testid="${PROJECTION_OF[phase]}"]`).waitFor();
        // The fitting settles after the resize and the switch: wait for the state, not for time.
        await expect
          .poll(async () => {
            const inspection = await inspectProjection(projectorPage);
            return { cut: inspection.cut, smallEnough: inspection.smallestFontPx >= smallestAt720 ? 'ok' : `“${inspection.smallestText}” at ${inspection.smallestFontPx.toFixed(1)} px` };
          }, { message: `${phase}${view ? ` (${view})` : ''} at 1280×720`, timeout: 10_000 })
          .toEqual({ cut: [], smallEnough: 'ok' });
      }
    } finally {
      await client.api.dispatch({ type: 'focusRoom', responsibilitiesView: 'matrix' });
      await projectorPage.setViewportSize({ width: 1920, height: 1080 });
    }
  });

  it('sinceLastTime (a check-in of that workshop): nothing cut and type at 28 px at 1920×1080 and its share at 1280×720, accessible', async () => {
    const imported = await client.api.importWorkshop('room-scale-check-in.accord.json', JSON.stringify(buildRoomScaleCheckIn()));
    if (!imported.ok) throw new Error(imported.message);
    const roomScale = (await client.api.getSession())!.workshop.id;
    await client.api.openWorkshop(imported.summary.id);
    try {
      await client.api.dispatch({ type: 'goToPhase', phase: 'sinceLastTime' });
      const projection = projectorPage.locator('[data-testid="projector"][data-phase="sinceLastTime"] [data-testid="since-last-time-projection"]');
      await projection.waitFor();
      for (const { width, height, smallest } of [
        { width: 1920, height: 1080, smallest: 28 },
        { width: 1280, height: 720, smallest: (28 * 720) / 1080 },
      ]) {
        await projectorPage.setViewportSize({ width, height });
        await expect
          .poll(async () => {
            const inspection = await inspectProjection(projectorPage);
            return { cut: inspection.cut, smallEnough: inspection.smallestFontPx >= smallest ? 'ok' : `“${inspection.smallestText}” at ${inspection.smallestFontPx.toFixed(1)} px` };
          }, { message: `sinceLastTime at ${width}×${height}`, timeout: 10_000 })
          .toEqual({ cut: [], smallEnough: 'ok' });
        // The statements that moved most are on the wall, the rest counted.
        expect(await projection.getByTestId('then-now-item').count()).toBeGreaterThanOrEqual(1);
        await projection.getByTestId('since-last-time-more').waitFor();
      }
      await projectorPage.setViewportSize({ width: 1920, height: 1080 });
      await expectAccessible(projectorPage, 'the Since last time projection of a 20-stage, 40-participant check-in');
    } finally {
      await projectorPage.setViewportSize({ width: 1920, height: 1080 });
      await client.api.openWorkshop(roomScale);
    }
  });

  it('shows the swimlanes a stage group at a time and turns to the stage the facilitator edits', async () => {
    await client.api.dispatch({ type: 'goToPhase', phase: 'responsibilities' });
    await client.api.dispatch({ type: 'focusRoom', responsibilitiesView: 'swimlanes' });
    const projection = projectorPage.getByTestId('responsibilities-projection');
    await projection.waitFor();
    expect(await projection.getAttribute('data-pages')).toBe('5');
    expect(await projectorPage.getByTestId('projector-stage-page').textContent()).toContain('Stages 1–4 of 20');
    // An activity of stage 15 gets a role on the console: the wall shows stages 13 to 16.
    const done = await client.api.dispatch({ type: 'setRole', activityId: 'a14', teamId: 'success', role: 'I', assigned: true });
    expect(done.ok).toBe(true);
    // The page that holds stage 15; it holds fewer stages when four would need smaller type.
    await expect.poll(() => projectorPage.locator('.swimlanes__stage-number').allTextContents()).toContain('15');
    expect(await projectorPage.getByTestId('projector-stage-page').textContent()).toMatch(/^Stages 1[2-5]–1[5-6] of 20/);
    // Every team with a part has its lane, and every cell names at least one of its activities.
    expect(await projectorPage.getByTestId('swimlane').count()).toBe(4);
    expect(await projectorPage.getByTestId('swimlane-activity').count()).toBeGreaterThanOrEqual(8);
  });
});
