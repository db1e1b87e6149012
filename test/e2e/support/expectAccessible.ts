/**
 * Runs axe-core on the page and fails on any serious or critical violation, listing them readably.
 * Checks settled UI only: colours read mid-fade are not the colours a facilitator sees.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export async function expectAccessible(page: Page, context: string): Promise<void> {
  await waitForSettledUi(page, context);
  // Legacy mode runs axe.run in the page itself. The default finishes each run in a new blank
  // page of the context, which then stays the active window: headless Chromium draws the page
  // under test at one frame a second from there on, and every later click waits ~2 s for it to
  // be "stable". What legacy mode gives up, cross-origin frames, the app cannot show (its CSP's default-src 'self').
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode().analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
  expect(report, `axe found serious violations on ${context}`).toBe('');
}

/** Waits until no CSS animation or transition is running or about to start, naming any that never ends. */
async function waitForSettledUi(page: Page, context: string): Promise<void> {
  try {
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished' || a.playState === 'idle'), undefined, { polling: 'raf', timeout: 10_000 });
  } catch (error) {
    const running = await page.evaluate(() =>
      document.getAnimations().map((a) => {
        const target = (a.effect as KeyframeEffect | null)?.target;
        const name = (a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty ?? a.id;
        return `${name} on ${target ? `${target.tagName.toLowerCase()}.${[...target.classList].join('.')}` : 'nothing'} (${a.playState})`;
      }),
    );
    throw new Error(`The UI of ${context} never settled; still animating: ${running.join(', ') || 'nothing any more'}`, { cause: error });
  }
}
