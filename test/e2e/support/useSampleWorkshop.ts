/**
 * The set-up most specs share: the sample workshop open on the console of a running web host,
 * at a given size, optionally with a Node-side host client, the projector beside it and a phase
 * to open on.
 *
 * One browser and one host per spec file: starting a host costs about a second of CPU and a
 * browser more, which a spec of ten tests paid ten times. Tests still never see each other's
 * work: before each test (a retry included) the host opens a brand-new copy of the sample and
 * deletes every other workshop, and the test gets a new browser context (its own cookies,
 * storage and pages). The room's state (timer, blank, freeze, review) lives in the workshop, so
 * it starts fresh with the copy. A spec that stops, restarts or breaks its host (persistence,
 * a failing disk) starts its own instead.
 *
 * Usage, in a describe block (its hooks run before the spec's own):
 *   const room = useSampleWorkshop({ phase: 'pulse', projector: true });
 *   it('…', async () => { await room.app.page… });
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { AccordApi } from '../../../src/shared/accordApi';
import type { PhaseId } from '../../../src/domain/workshopSchema';
import { ProjectorPage } from '../pages/ProjectorPage';
import { connectHostClient, type HostClient } from './connectHostClient';
import { launchBrowser, releaseBrowser } from './launchBrowser';
import { openApp, type OpenApp, type Viewport } from './openApp';
import { openProjector } from './openProjector';
import { startWebHost, type WebHost } from './startWebHost';

export interface SampleWorkshopOptions {
  /** The console's window; 1366×768 (the smallest laptop we support) unless given. */
  viewport?: { width: number; height: number };
  /** The phase the console opens on (the host goes to it before the console loads). */
  phase?: PhaseId;
  /** Open the projector view beside the console (1920×1080, same context); the console keeps the front (see openProjector). */
  projector?: boolean;
  /** Connect a Node-side host client with the console's cookie, to arrange data or read the session. */
  client?: boolean;
}

export interface SampleWorkshop {
  readonly browser: Browser;
  readonly host: WebHost;
  readonly app: OpenApp;
  /** Only with `client: true`. */
  readonly client: HostClient;
  /** Only with `projector: true`. */
  readonly projectorPage: Page;
  readonly projector: ProjectorPage;
}

export function useSampleWorkshop(options: SampleWorkshopOptions = {}): SampleWorkshop {
  let browser: Browser | undefined;
  let host: WebHost | undefined;
  let admin: AdminClient | undefined;
  /** Whether a test has used the host's sample since it started (the first test gets the seeded one). */
  let used = false;
  const current: { app?: OpenApp; client?: HostClient; projectorPage?: Page; projector?: ProjectorPage } = {};

  const startHost = async () => {
    host = await startWebHost();
    admin = await connectAdmin(browser!, host, options.viewport);
    used = false;
  };

  beforeAll(async () => {
    [browser, host] = await Promise.all([launchBrowser(), startWebHost()]);
    admin = await connectAdmin(browser, host, options.viewport);
  });
  afterAll(async () => {
    await admin?.close();
    await host?.stop();
    await releaseBrowser(browser);
  });
  beforeEach(async () => {
    // A host that died in an earlier test (or attempt) is replaced, so one crash fails one test.
    if (!host!.running()) {
      await admin?.close();
      await host!.stop();
      await startHost();
    }
    if (used) await openFreshSample(admin!.api);
    used = true;
    // The host holds the room's phase: the console then opens straight on it, as on a relaunch
    // into the workshop, and draws the phase once instead of the sample's and then this one.
    if (options.phase) {
      const went = await admin!.api.dispatch({ type: 'goToPhase', phase: options.phase });
      if (!went.ok) throw new Error(`useSampleWorkshop: the host did not go to ${options.phase}: ${went.rejection.message}`);
    }
    const app = await openApp(browser!, host!, { viewport: options.viewport ?? { width: 1366, height: 768 } });
    current.app = app;
    await (options.phase ? app.workshop.waitForPhase(options.phase) : app.workshop.waitForOpen());
    if (options.client) current.client = await connectHostClient(host!.origin, app.context);
    if (options.projector) {
      ({ page: current.projectorPage, projector: current.projector } = await openProjector(app, host!));
    }
  });
  afterEach(async () => {
    try {
      expect(current.app?.errors).toEqual([]);
    } finally {
      current.client?.close();
      await current.app?.close();
      current.app = current.client = current.projectorPage = current.projector = undefined;
    }
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useSampleWorkshop: no ${what} (ask for it in the options, and use it inside a test).`);
    return value;
  };
  return {
    get browser() {
      return need(browser, 'browser');
    },
    get host() {
      return need(host, 'host');
    },
    get app() {
      return need(current.app, 'app');
    },
    get client() {
      return need(current.client, 'client (client: true)');
    },
    get projectorPage() {
      return need(current.projectorPage, 'projector (projector: true)');
    },
    get projector() {
      return need(current.projector, 'projector (projector: true)');
    },
  };
}

interface AdminClient {
  api: AccordApi;
  close(): Promise<void>;
}

/**
 * A client of the host's own for resetting between tests. It takes its credentials from a page
 * opened like the tests' own (same kept context, so the same warm renderer), which it then closes:
 * the socket it opened with them stays.
 */
async function connectAdmin(browser: Browser, host: WebHost, viewport: Viewport | undefined): Promise<AdminClient> {
  const app = await openApp(browser, host, viewport ? { viewport } : {});
  await app.page.getByTestId('workshop-shell').or(app.page.getByTestId('library')).waitFor({ timeout: 15_000 });
  const client = await connectHostClient(host.origin, app.context);
  await app.close();
  return { api: client.api, close: async () => client.close() };
}

/** Opens a new copy of the sample and deletes every other workshop: the library as on a first launch. */
async function openFreshSample(api: AccordApi): Promise<void> {
  const fresh = await api.createWorkshop({ title: '', templateId: 'sample' });
  await api.openWorkshop(fresh.id);
  for (const workshop of await api.listWorkshops()) {
    if (workshop.id !== fresh.id) await api.deleteWorkshop(workshop.id);
  }
}
