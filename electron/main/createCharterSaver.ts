/**
 * "Export charter…" in the desktop app: the host prints and seals the charter, the facilitator
 * chooses where the PDF goes, Accord writes it durably and shows it in the file manager. The
 * window gets the result without the PDF itself (it already is where it belongs).
 */
import { basename, dirname, join } from 'node:path';
import { BrowserWindow, dialog, shell, type SaveDialogOptions } from 'electron';
import type { CharterExportResult } from '../../src/shared/accordApi';
import type { AccordHost } from '../host/accordHost.types';
import { durableWrite, type WriteAndSync } from '../host/storage/durableWrite';
import { storageError } from '../host/storage/storageError';
import type { ShellHandler } from './registerIpcHandlers';
import { withExtension } from './withExtension';

export interface CharterSaverOptions {
  /** Where the save dialog opens the first time (Documents); later it opens where the last charter went. */
  defaultFolder: () => string;
  /** Injected for tests (a full disk). */
  writeFile?: WriteAndSync;
}

export function createCharterSaver(host: Pick<AccordHost, 'call'>, { defaultFolder, writeFile }: CharterSaverOptions): ShellHandler {
  let lastFolder: string | null = null;
  return async (args, sender): Promise<CharterExportResult> => {
    const exported = (await host.call('exportCharter', args)) as CharterExportResult;
    if (!exported.ok) return exported;
    const { fileName, fingerprint, pdfBase64 } = exported;
    if (pdfBase64 === undefined) return { ok: false, message: 'Accord printed the charter but got no PDF back; export it again.' };

    const options: SaveDialogOptions = {
      title: 'Save the charter',
      defaultPath: join(lastFolder ?? defaultFolder(), fileName),
      buttonLabel: 'Save',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const owner = BrowserWindow.fromWebContents(sender);
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { ok: false, canceled: true, message: 'The charter was not saved.' };

    const target = await withExtension(choice.filePath, 'pdf');
    try {
      await durableWrite(target, Buffer.from(pdfBase64, 'base64'), writeFile);
    } catch (error) {
      return { ok: false, message: storageError(error, { doing: `save the charter as ${target}`, folder: dirname(target), access: 'write' }).message };
    }
    lastFolder = dirname(target);
    shell.showItemInFolder(target);
    return { ok: true, fileName: basename(target), fingerprint, savedTo: target };
  };
}
