import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/launchBrowser';
import { openApp, type OpenApp } from './support/openApp';
import { startWebHost, type WebHost } from './support/startWebHost';

const SAMPLE = 'Kestrel sales & marketing alignment day';

describe('library', () => {
  let host: WebHost;
  let browser: Browser;
  let app: OpenApp;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  // Every attempt (a retry included) starts from a fresh data folder: no state leaks between tests.
  beforeEach(async () => {
    host = await startWebHost();
    app = await openApp(browser, host);
  });
  afterEach(async () => {
    try {
      expect(app.errors).toEqual([]);
    } finally {
      await app?.close();
      await host?.stop();
    }
  });

  it('lists the sample workshop and opens it', async () => {
    await app.library.show();
    expect(await app.library.titles()).toContain(SAMPLE);
    await expect.poll(() => app.library.card(SAMPLE).textContent()).toContain('Kestrel Fleet Systems');
    await app.library.open(SAMPLE);
    expect(await app.workshop.heading.textContent()).toBe(SAMPLE);
    // The sample is a day in progress: it opens where the facilitator left it.
    expect(await app.workshop.currentPhase()).toBe('responsibilities');
    expect(await app.workshop.phaseStep('responsibilities').getAttribute('aria-current')).toBe('step');
  });

  it('creates a workshop from a buying-process template', async () => {
    await app.library.show();
    await app.library.createWorkshop('Partner channel kick-off', 'Enterprise with a buying committee');
    expect(await app.workshop.heading.textContent()).toBe('Partner channel kick-off');
    await app.workshop.backToLibrary();
    await expect.poll(() => app.library.card('Partner channel kick-off').textContent()).toContain('6 stages');
  });

  it('renames a workshop', async () => {
    await app.library.show();
    await app.library.createWorkshop('Working title', 'Blank map');
    await app.workshop.backToLibrary();
    await app.library.rename('Working title', 'Zoë’s alignment day — 渡辺');
    expect(await app.library.titles()).not.toContain('Working title');
    await app.library.open('Zoë’s alignment day — 渡辺');
    expect(await app.workshop.heading.textContent()).toBe('Zoë’s alignment day — 渡辺');
  });

  it('duplicates a workshop', async () => {
    await app.library.show();
    const before = await app.library.cards.count();
    await app.library.duplicate(SAMPLE);
    await app.library.card(`${SAMPLE} (copy)`).first().waitFor();
    expect(await app.library.cards.count()).toBe(before + 1);
  });

  it('deletes a workshop only after a confirmation that names it', async () => {
    await app.library.show();
    await app.library.createWorkshop('Throwaway rehearsal', 'Blank map');
    await app.workshop.backToLibrary();

    const dialog = await app.library.askToDelete('Throwaway rehearsal');
    expect(await dialog.getByRole('heading').textContent()).toBe('Delete this workshop?');
    expect(await dialog.getByTestId('delete-dialog-name').textContent()).toBe('Throwaway rehearsal');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await app.library.titles()).toContain('Throwaway rehearsal');

    await app.library.delete('Throwaway rehearsal');
    expect(await app.library.titles()).not.toContain('Throwaway rehearsal');
  });

  it('exports a workshop as a .accord file and imports the file back', async () => {
    await app.library.show();
    const download = await app.library.export(SAMPLE);
    expect(download.suggestedFilename()).toMatch(/^[^.]+\.accord$/);
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ setup: { title: SAMPLE, company: 'Kestrel Fleet Systems' } });

    const before = await app.library.cards.count();
    await app.library.importFile(path);
    await app.library.toast('success', `Imported “${SAMPLE}”`).waitFor();
    await expect.poll(() => app.library.cards.count()).toBe(before + 1);
    expect(await app.library.importProblem.count()).toBe(0);
  });
});
