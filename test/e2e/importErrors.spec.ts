import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OpenApp } from './support/openApp';
import type { WebHost } from './support/startWebHost';
import { useSampleWorkshop } from './support/useSampleWorkshop';

const jsonFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

describe('import errors', () => {
  const room = useSampleWorkshop({ client: true });
  let host: WebHost;
  let app: OpenApp;
  /** A valid export of the sample, to damage in different ways. */
  let sampleExport: string;

  beforeEach(async () => {
    ({ host, app } = room);
    const [sample] = await room.client.api.listWorkshops();
    sampleExport = (await room.client.api.exportWorkshop(sample!.id)).text;
    await app.library.show();
  });

  it('lists each rejected field by its path and leaves the library unchanged', async () => {
    const document = JSON.parse(sampleExport);
    document.stages[1].name = 'N'.repeat(400);
    document.stages[0].colour = 'red';
    const before = await app.library.titles();

    await app.library.importFile(jsonFile('damaged.accord.json', JSON.stringify(document)));

    await app.library.importProblem.waitFor();
    const panel = await app.library.importProblem.textContent();
    expect(panel).toContain('“damaged.accord.json” was not imported');
    expect(panel).toContain('Your library is unchanged.');
    const rejections = await app.library.importRejections.allTextContents();
    expect(rejections.some((r) => r.startsWith('stages[1].name') && r.includes('300'))).toBe(true);
    expect(rejections.some((r) => r.startsWith('stages[0]') && r.includes('colour'))).toBe(true);
    expect(await app.library.titles()).toEqual(before);
  });

  it('shows at most ten rejections and says how many more there are', async () => {
    const document = JSON.parse(sampleExport);
    for (const activity of document.activities) activity.name = 'N'.repeat(301);
    expect(document.activities.length).toBeGreaterThan(10);

    await app.library.importFile(jsonFile('many-problems.accord.json', JSON.stringify(document)));

    await app.library.importProblem.waitFor();
    const items = await app.library.importRejections.allTextContents();
    expect(items).toHaveLength(11);
    expect(items[0]).toMatch(/^activities\[0\]\.name/);
    expect(items[10]).toBe(`and ${document.activities.length - 10} more`);
  });

  it('says in one sentence what a JSON file that is not a workshop is not, then its first few paths', async () => {
    const before = await app.library.cards.count();
    await app.library.importFile(jsonFile('package.json', JSON.stringify({ name: 'accord', version: '0.1.0', scripts: { test: 'vitest' } })));
    await app.library.importProblem.waitFor();
    const panel = await app.library.importProblem.textContent();
    expect(panel).toContain('This file is JSON but not an Accord workshop: it has no Accord version number, workshop details, buying-process stages, or participants');
    const items = await app.library.importRejections.allTextContents();
    expect(items).toHaveLength(4);
    expect(items[0]).toMatch(/^schemaVersion/);
    // The rest are counted (every other top-level part of a workshop is missing too).
    expect(items[3]).toMatch(/^and (2\d|3\d) more$/);
    expect(await app.library.cards.count()).toBe(before);
  });

  it('explains a file that is not JSON at all', async () => {
    const before = await app.library.cards.count();
    await app.library.importFile(jsonFile('notes.txt', 'Agenda: coffee at nine'));
    await app.library.importProblem.waitFor();
    expect(await app.library.importProblem.textContent()).toContain('“notes.txt” was not imported');
    expect(await app.library.cards.count()).toBe(before);
  });

  it('refuses a file over the size limit before reading it', async () => {
    // From disk: Playwright hands the browser the path instead of copying 21 MB over the protocol.
    const path = join(host.dataDir, '..', `huge-${host.port}.accord.json`);
    await writeFile(path, Buffer.alloc(21 * 1024 * 1024, 0x20));
    await app.library.importFile(path).finally(() => rm(path, { force: true }));
    await app.library.importProblem.waitFor();
    expect(await app.library.importProblem.textContent()).toContain('This file is 21 MB; Accord imports files up to 20 MB');
  });

  it('can be dismissed', async () => {
    await app.library.importFile(jsonFile('broken.accord.json', '{'));
    await app.library.importProblem.waitFor();
    await app.page.getByRole('button', { name: 'Dismiss import problem' }).click();
    await app.library.importProblem.waitFor({ state: 'detached' });
  });
});
