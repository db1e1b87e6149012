/**
 * The running footer's words reach the printer's margin boxes as CSS custom properties on the
 * root element (`content: var(--charter-footer-…)` in charter.css): the app's Content Security
 * Policy (style-src 'self') blocks a generated <style> element, but not properties set
 * through the DOM, and the page context inherits them from the root.
 */
import type { CharterModel } from '../../domain/charterModel';
import { cssString } from './cssString';

export function applyCharterFooter(root: HTMLElement, footer: CharterModel['footer']): void {
  root.style.setProperty('--charter-footer-company', cssString(footer.company));
  root.style.setProperty('--charter-footer-version', cssString(footer.version));
  root.style.setProperty('--charter-footer-fingerprint', cssString(footer.fingerprint));
}

/** Every character the footer prints besides the company's, so their font slices load before printing. */
export function footerText(footer: CharterModel['footer']): string {
  return `${footer.company} · ${footer.version} · ${footer.fingerprint} Page 0123456789 of`;
}
