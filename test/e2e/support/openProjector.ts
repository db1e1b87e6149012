/**
 * Opens the projector view beside a console page, in the same browser context (so it shares
 * the console's cookie, as a second window would), at 1920×1080, and waits for `phase`. The
 * console then takes the front again, as on the facilitator's laptop: headless Chromium draws
 * every window but the last one brought forward at one frame a second, and a click on the
 * console waits for two frames to find its target "stable" (~2 s each, had the projector kept
 * the front). The projector still takes every change at once; only its painting slows.
 */
import type { Page } from 'playwright-core';
import type { PhaseId } from '../../../src/domain/workshopSchema';
import { ProjectorPage } from '../pages/ProjectorPage';
import type { OpenApp } from './openApp';
import type { WebHost } from './startWebHost';

export async function openProjector(app: OpenApp, host: WebHost, phase?: PhaseId): Promise<{ page: Page; projector: ProjectorPage }> {
  const page = await app.context.newPage();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${host.origin}/?view=projector`);
  const projector = new ProjectorPage(page);
  if (phase) await projector.waitForPhase(phase);
  else await projector.root.waitFor();
  await app.page.bringToFront();
  return { page, projector };
}
