/** Renders a charter for the printer: the whole document at once, its footer's words, and every font it needs loaded. */
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { buildCharterModel } from '../../domain/charterModel';
import type { CharterRecord } from '../../domain/charterRecord';
import { applyCharterFooter, footerText } from './charterFooter';
import { CharterDocument } from './CharterDocument';
import { generatedContentText, loadCharterFonts } from './loadCharterFonts';

let root: Root | null = null;

export async function printCharter(container: HTMLElement, record: CharterRecord): Promise<{ pages?: number }> {
  const model = buildCharterModel(record);
  applyCharterFooter(document.documentElement, model.footer);
  root ??= createRoot(container);
  const current = root;
  // Out of layout until its fonts are in: each font slice that arrives would otherwise lay the
  // whole document out again (seconds each on a long charter), and the print lays it out at the
  // page's size anyway.
  container.style.setProperty('display', 'none');
  try {
    flushSync(() => current.render(<CharterDocument model={model} mode="print" />));
    // The font slices for every character printed: the document's text, the footer's (only the
    // printer's margin boxes show it) and the style sheets' generated words.
    const stack = getComputedStyle(document.documentElement).getPropertyValue('--font-charter').trim() || 'sans-serif';
    await loadCharterFonts(document.fonts, stack, `${container.textContent ?? ''}${footerText(model.footer)}${generatedContentText(Array.from(document.styleSheets))}`);
  } finally {
    container.style.removeProperty('display');
  }
  return {};
}
