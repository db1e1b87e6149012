/** Renders a charter for the printer: the whole document at once, its footer's words, and every font it needs loaded. */
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { buildCharterModel } from '../../domain/charterModel';
import type { CharterRecord } from '../../domain/charterRecord';
import { applyCharterFooter, footerText } from './charterFooter';
import { CharterDocument } from './CharterDocument';

let root: Root | null = null;

export async function printCharter(container: HTMLElement, record: CharterRecord): Promise<{ pages?: number }> {
  const model = buildCharterModel(record);
  applyCharterFooter(document.documentElement, model.footer);
  root ??= createRoot(container);
  const current = root;
  flushSync(() => current.render(<CharterDocument model={model} mode="print" />));
  // Laying the page out now makes the browser request the font slices its text needs.
  void document.body.offsetHeight;
  await document.fonts.ready;
  // Text only the printer's margin boxes show is not laid out in the page: load its slices by hand.
  const stack = getComputedStyle(document.documentElement).getPropertyValue('--font-charter').trim() || 'sans-serif';
  const footer = footerText(model.footer);
  await Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 10px ${stack}`, footer)));
  await document.fonts.ready;
  return {};
}
