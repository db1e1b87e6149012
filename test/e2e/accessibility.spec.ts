import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, it } from 'vitest';
import { PHASE_IDS } from '../../src/domain/workshopSchema';
import { expectAccessible } from './support/expectAccessible';
import { launchBrowser, releaseBrowser } from './support/launchBrowser';
import { openApp, type OpenApp } from './support/openApp';
import { openProjector } from './support/openProjector';
import { startWebHost, type WebHost } from './support/startWebHost';

const SAMPLE = 'Kestrel sales & marketing alignment day';
const VIEWPORT = { width: 1920, height: 1080 };

describe('accessibility (axe-core: no serious or critical violations)', () => {
  let host: WebHost;
  let browser: Browser;
  let app: OpenApp;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await releaseBrowser(browser);
  });

  describe('on a fresh library', () => {
    // Every attempt (a retry included) starts from a fresh data folder and a new page.
    beforeEach(async () => {
      host = await startWebHost();
      app = await openApp(browser, host, { viewport: VIEWPORT });
    });
    afterEach(async () => {
      await app?.close();
      await host?.stop();
    });

    it('the library', async () => {
      await app.library.show();
      await expectAccessible(app.page, 'the library');
    });

    it('the projector view', async () => {
      await app.library.show();
      await app.library.open(SAMPLE);
      const { page: projector } = await openProjector(app, host);
      await projector.getByTestId('projector-phase').waitFor();
      await expectAccessible(projector, 'the projector view');
      await projector.close();
    });
  });

  // One phase per test: a scan takes seconds on a busy machine, and a failure names its phase.
  // The tests share one open sample: each sets its own phase and changes nothing else, so a
  // retry starts from the same state as the first attempt.
  describe('every phase of the sample workshop', () => {
    beforeAll(async () => {
      host = await startWebHost();
      app = await openApp(browser, host, { viewport: VIEWPORT });
      await app.library.show();
      await app.library.open(SAMPLE);
    });
    afterAll(async () => {
      await app?.close();
      await host?.stop();
    });

    // The sample is a first workshop: Since last time is a check-in's phase, checked in sinceLastTime.spec.ts.
    it.each(PHASE_IDS.filter((phase) => phase !== 'sinceLastTime'))('the %s phase', async (phase) => {
      await app.workshop.goToPhase(phase);
      await expectAccessible(app.page, `the ${phase} phase`);
    });
  });
});
