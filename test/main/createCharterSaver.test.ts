import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccordHost } from '../../electron/host/accordHost.types';
import { createCharterSaver } from '../../electron/main/createCharterSaver';
import type { CharterExportResult } from '../../src/shared/accordApi';
import { BrowserWindow, dialog, resetFakeElectron, shell } from '../fakes/electron';

const PDF = Buffer.from('%PDF-1.4 sealed charter');

let folder: string;
beforeEach(async () => {
  resetFakeElectron();
  folder = await mkdtemp(join(tmpdir(), 'accord-save-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

function hostAnswering(answer: CharterExportResult) {
  const calls: Array<{ method: string; args: unknown[] }> = [];
  const host: Pick<AccordHost, 'call'> = {
    call: async (method, args) => {
      calls.push({ method, args });
      return answer;
    },
  };
  return { host, calls };
}

const exported: CharterExportResult = { ok: true, fileName: 'Kestrel Fleet Systems charter v2.pdf', fingerprint: 'ab'.repeat(32), pdfBase64: PDF.toString('base64') };
const request = [{ workshopId: 'w', version: null, paperSize: 'a4' }];

describe('createCharterSaver', () => {
  it('asks where to save, attached to the asking window, in Documents with the suggested name', async () => {
    const window = new BrowserWindow();
    const { host, calls } = hostAnswering(exported);
    const save = createCharterSaver(host, { defaultFolder: () => folder });
    await save(request, window.webContents as never);
    expect(calls).toEqual([{ method: 'exportCharter', args: request }]);
    expect(dialog.saveDialogs).toHaveLength(1);
    expect(dialog.saveDialogs[0]!.window).toBe(window);
    expect(dialog.saveDialogs[0]!.options).toMatchObject({
      defaultPath: join(folder, 'Kestrel Fleet Systems charter v2.pdf'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('writes the PDF where the facilitator chose, shows it in the file manager, and answers without the PDF', async () => {
    const target = join(folder, 'charter.pdf');
    dialog.saveDialogAnswer = { canceled: false, filePath: target };
    const save = createCharterSaver(hostAnswering(exported).host, { defaultFolder: () => '/nowhere' });
    expect(await save(request, null as never)).toEqual({ ok: true, fileName: 'charter.pdf', fingerprint: exported.ok && exported.fingerprint, savedTo: target });
    expect(await readFile(target)).toEqual(PDF);
    expect(shell.shownInFolder).toEqual([target]);
    // The next export opens where this one went.
    await save(request, null as never);
    expect(dialog.saveDialogs[1]!.options.defaultPath).toBe(join(folder, 'Kestrel Fleet Systems charter v2.pdf'));
  });

  it('adds .pdf to a name typed without it, unless a file of that name exists', async () => {
    const save = createCharterSaver(hostAnswering(exported).host, { defaultFolder: () => folder });
    dialog.saveDialogAnswer = { canceled: false, filePath: join(folder, 'board copy') };
    expect(await save(request, null as never)).toMatchObject({ ok: true, savedTo: join(folder, 'board copy.pdf') });
    await writeFile(join(folder, 'kept.pdf'), 'another file');
    dialog.saveDialogAnswer = { canceled: false, filePath: join(folder, 'kept') };
    expect(await save(request, null as never)).toMatchObject({ ok: true, savedTo: join(folder, 'kept') });
    expect(await readFile(join(folder, 'kept.pdf'), 'utf8')).toBe('another file');
  });

  it('reports a canceled dialog as canceled, writing nothing', async () => {
    const save = createCharterSaver(hostAnswering(exported).host, { defaultFolder: () => folder });
    expect(await save(request, null as never)).toEqual({ ok: false, canceled: true, message: 'The charter was not saved.' });
    expect(shell.shownInFolder).toEqual([]);
  });

  it('passes on the host’s refusal without a dialog', async () => {
    const refusal: CharterExportResult = { ok: false, message: 'No workshop is open: open the workshop whose charter you want to export.' };
    const save = createCharterSaver(hostAnswering(refusal).host, { defaultFolder: () => folder });
    expect(await save(request, null as never)).toEqual(refusal);
    expect(dialog.saveDialogs).toEqual([]);
  });

  it('says what to do when the disk refuses the file', async () => {
    dialog.saveDialogAnswer = { canceled: false, filePath: join(folder, 'charter.pdf') };
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    const save = createCharterSaver(hostAnswering(exported).host, { defaultFolder: () => folder, writeFile: async () => Promise.reject(full) });
    expect(await save(request, null as never)).toEqual({ ok: false, message: `The disk is full: Accord could not save the charter as ${join(folder, 'charter.pdf')}. Free some space on the disk that holds ${folder}.` });
    expect(shell.shownInFolder).toEqual([]);
  });
});
