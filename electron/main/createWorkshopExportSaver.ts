/**
 * Export "Actions (CSV)", "Charter (Markdown)" and "Rhythm (calendar)" in the desktop app: the host makes the text,
 * the facilitator chooses where it goes, Accord writes it durably and shows it in the file
 * manager, as "Export charter…" does for the PDF. The window gets the result without the text.
 */
import { basename, dirname, join } from 'node:path';
import { BrowserWindow, dialog, shell, type SaveDialogOptions } from 'electron';
import type { WorkshopExportFormat, WorkshopExportResult } from '../../src/shared/accordApi';
import type { AccordHost } from '../host/accordHost.types';
import { durableWrite, type WriteAndSync } from '../host/storage/durableWrite';
import { storageError } from '../host/storage/storageError';
import type { ShellHandler } from './registerIpcHandlers';
import { withExtension } from './withExtension';

export interface WorkshopExportSaverOptions {
  /** Where the save dialog opens the first time (Documents); later it opens where the last export went. */
  defaultFolder: () => string;
  /** Injected for tests (a full disk). */
  writeFile?: WriteAndSync;
}

const DIALOGS = {
  'actions-csv': { title: 'Save the actions', filter: { name: 'CSV spreadsheet', extensions: ['csv'] }, what: 'the actions', canceled: 'The actions were not saved.' },
  'charter-md': { title: 'Save the charter as Markdown', filter: { name: 'Markdown', extensions: ['md'] }, what: 'the charter', canceled: 'The charter was not saved.' },
  'rhythm-ics': { title: 'Save the operating rhythm as a calendar', filter: { name: 'iCalendar', extensions: ['ics'] }, what: 'the calendar', canceled: 'The calendar was not saved.' },
} as const satisfies Record<WorkshopExportFormat, unknown>;

export function createWorkshopExportSaver(host: Pick<AccordHost, 'call'>, { defaultFolder, writeFile }: WorkshopExportSaverOptions): ShellHandler {
  let lastFolder: string | null = null;
  return async (args, sender): Promise<WorkshopExportResult> => {
    // The host validates the arguments; the format is read only once it has answered.
    const exported = (await host.call('exportWorkshopAs', args)) as WorkshopExportResult;
    if (!exported.ok) return exported;
    const { fileName, text, note } = exported;
    const format = (args[0] as { format: WorkshopExportFormat }).format;
    const shown = DIALOGS[format];
    if (text === undefined) return { ok: false, message: `Accord made ${shown.what} but got no text back; export again.` };

    const options: SaveDialogOptions = {
      title: shown.title,
      defaultPath: join(lastFolder ?? defaultFolder(), fileName),
      buttonLabel: 'Save',
      filters: [{ name: shown.filter.name, extensions: [...shown.filter.extensions] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const owner = BrowserWindow.fromWebContents(sender);
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { ok: false, canceled: true, message: shown.canceled };

    const target = await withExtension(choice.filePath, shown.filter.extensions[0]);
    try {
      await durableWrite(target, Buffer.from(text, 'utf8'), writeFile);
    } catch (error) {
      return { ok: false, message: storageError(error, { doing: `save ${shown.what} as ${target}`, folder: dirname(target), access: 'write' }).message };
    }
    lastFolder = dirname(target);
    shell.showItemInFolder(target);
    return { ok: true, fileName: basename(target), savedTo: target, ...(note !== undefined && { note }) };
  };
}
