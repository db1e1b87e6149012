/**
 * Help → "Verify a charter…", from anywhere in Accord (the library too): the facilitator picks a
 * PDF, the host checks it against the data Accord sealed into it and against this library (the
 * same check as the Sign-off phase's panel and `accord verify`), and a native message gives the
 * verdict with its reason.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { BrowserWindow, dialog, type MessageBoxOptions } from 'electron';
import { formatMegabytes, MAX_VERIFY_BYTES, type CharterVerdict, type CharterVerification } from '../../src/shared/accordApi';
import type { AccordHost } from '../host/accordHost.types';

/** The verdict as the Sign-off phase words it (src/app/phases/signoff/VerifyCharter.tsx). */
const VERDICTS: Record<CharterVerdict, { type: MessageBoxOptions['type']; title: string }> = {
  unchanged: { type: 'info', title: 'Unchanged: this is the charter as Accord sealed it.' },
  contentIntact: { type: 'warning', title: 'Changed since Accord exported it: the pages may differ. The charter data sealed inside is intact.' },
  altered: { type: 'error', title: 'Altered, or not a charter Accord sealed: do not rely on this file.' },
};

export function createCharterVerifier(host: Pick<AccordHost, 'call'>, owner: () => BrowserWindow | null): () => Promise<void> {
  return async () => {
    const window = owner();
    const options = { title: 'Verify a charter', buttonLabel: 'Verify', filters: [{ name: 'PDF document', extensions: ['pdf'] }], properties: ['openFile' as const] };
    const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const path = choice.filePaths[0];
    if (choice.canceled || path === undefined) return;
    const name = basename(path);
    const answer = await verify(host, path, name).catch((error: unknown): MessageBoxOptions => ({
      type: 'error',
      message: `Accord could not check “${name}”.`,
      detail: error instanceof Error ? error.message : String(error),
    }));
    const box = { buttons: ['OK'], ...answer };
    if (window) await dialog.showMessageBox(window, box);
    else await dialog.showMessageBox(box);
  };
}

async function verify(host: Pick<AccordHost, 'call'>, path: string, name: string): Promise<MessageBoxOptions> {
  const size = (await stat(path)).size;
  if (size > MAX_VERIFY_BYTES) {
    return { type: 'warning', message: `“${name}” is ${formatMegabytes(size)}; Accord verifies charters up to ${formatMegabytes(MAX_VERIFY_BYTES)}.`, detail: 'A charter Accord exported is far smaller: check that this is the right file.' };
  }
  const verification = (await host.call('verifyCharter', [name, (await readFile(path)).toString('base64')])) as CharterVerification;
  const verdict = VERDICTS[verification.verdict];
  return { type: verdict.type, message: verdict.title, detail: `${name}\n\n${verification.reason}` };
}
