import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccordHost } from '../../electron/host/accordHost.types';
import { createWorkshopExportSaver } from '../../electron/main/createWorkshopExportSaver';
import type { WorkshopExportResult } from '../../src/shared/accordApi';
import { BrowserWindow, dialog, resetFakeElectron, shell } from '../fakes/electron';

const CSV = '\uFEFFAction,Owner,Team,Due,Status\r\nCall Zoë,,,,Open\r\n';

let folder: string;
beforeEach(async () => {
  resetFakeElectron();
  folder = await mkdtemp(join(tmpdir(), 'accord-save-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

function hostAnswering(answer: WorkshopExportResult) {
  const calls: Array<{ method: string; args: unknown[] }> = [];
  const host: Pick<AccordHost, 'call'> = {
    call: async (method, args) => {
      calls.push({ method, args });
      return answer;
    },
  };
  return { host, calls };
}

const csvRequest = [{ workshopId: 'w', format: 'actions-csv' }];

describe('createWorkshopExportSaver', () => {
  it('asks where to save the CSV, attached to the asking window, then writes the text as UTF-8 and shows it', async () => {
    const window = new BrowserWindow();
    const { host, calls } = hostAnswering({ ok: true, fileName: 'Kestrel actions.csv', text: CSV });
    const save = createWorkshopExportSaver(host, { defaultFolder: () => folder });
    const target = join(folder, 'actions');
    dialog.saveDialogAnswer = { canceled: false, filePath: target };
    expect(await save(csvRequest, window.webContents as never)).toEqual({ ok: true, fileName: 'actions.csv', savedTo: `${target}.csv` });
    expect(calls).toEqual([{ method: 'exportWorkshopAs', args: csvRequest }]);
    expect(dialog.saveDialogs[0]!.window).toBe(window);
    expect(dialog.saveDialogs[0]!.options).toMatchObject({ defaultPath: join(folder, 'Kestrel actions.csv'), filters: [{ name: 'CSV spreadsheet', extensions: ['csv'] }] });
    expect(await readFile(`${target}.csv`)).toEqual(Buffer.from(CSV, 'utf8'));
    expect(shell.shownInFolder).toEqual([`${target}.csv`]);
  });

  it('offers a Markdown file for the charter, and reports a canceled dialog as canceled', async () => {
    const save = createWorkshopExportSaver(hostAnswering({ ok: true, fileName: 'Kestrel charter v1.md', text: '# Kestrel\n' }).host, { defaultFolder: () => folder });
    expect(await save([{ workshopId: 'w', format: 'charter-md' }], null as never)).toEqual({ ok: false, canceled: true, message: 'The charter was not saved.' });
    expect(dialog.saveDialogs[0]!.options).toMatchObject({ filters: [{ name: 'Markdown', extensions: ['md'] }] });
    expect(shell.shownInFolder).toEqual([]);
  });

  it('passes on the host’s refusal without a dialog', async () => {
    const refusal: WorkshopExportResult = { ok: false, message: 'That workshop is not in the library.' };
    const save = createWorkshopExportSaver(hostAnswering(refusal).host, { defaultFolder: () => folder });
    expect(await save(csvRequest, null as never)).toEqual(refusal);
    expect(dialog.saveDialogs).toEqual([]);
  });
});
