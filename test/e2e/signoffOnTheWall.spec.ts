/**
 * The sign-off as the room sees it: the charter reviewed page by page on the console and the
 * projector together (a long section, the "Go to" list, a large workshop, full texts of what the
 * wall shortens), and the roster fitted to the wall. The signing itself is in signoff.spec.ts;
 * the two files run side by side.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Workshop } from '../../src/domain/workshopSchema';
import type { ProjectorPage } from './pages/ProjectorPage';
import { SignoffPage } from './pages/SignoffPage';
import type { HostClient } from './support/connectHostClient';
import { buildLargeWorkshop } from '../helpers/buildLargeWorkshop';
import { expectAccessible } from './support/expectAccessible';
import { EXTRA_PARTICIPANTS } from './support/screenshotData';
import { inspectSlide } from './support/inspectSlide';
import type { OpenApp } from './support/openApp';
import { useSampleWorkshop } from './support/useSampleWorkshop';

describe('sign-off phase on the wall', () => {
  const room = useSampleWorkshop({ viewport: { width: 1366, height: 768 }, client: true, projector: true, phase: 'signoff' });
  let app: OpenApp;
  let signoff: SignoffPage;
  let client: HostClient;
  let projectorPage: Page;
  let projector: ProjectorPage;

  const session = async (): Promise<Workshop> => (await client.api.getSession())!.workshop;
  const projection = () => projectorPage.getByTestId('signoff-projection');

  /**
   * Imports and opens `workshop` in the review. Arriving in Review, the console starts the
   * room's review at the cover: this waits until that has reached the host and the console
   * shows the cover, so a section the test asks for next is not overtaken by it.
   */
  const openInReview = async (workshop: Workshop) => {
    const imported = await client.api.importWorkshop('large.accord.json', JSON.stringify(workshop));
    if (!imported.ok) throw new Error(imported.message);
    await client.api.openWorkshop(imported.summary.id);
    await client.api.dispatch({ type: 'goToPhase', phase: 'signoff' });
    await expect
      .poll(async () => {
        const current = await session();
        return current.id === imported.summary.id ? current.signoff.reviewSection : 'another workshop';
      }, { timeout: 60_000 })
      .toBe('cover');
    await app.page.locator('[data-testid="signoff-review"] [data-testid="charter-slide"][data-section="cover"]').waitFor({ timeout: 60_000 });
  };

  beforeEach(async () => {
    ({ app, client, projectorPage, projector } = room);
    signoff = new SignoffPage(app.page);
    await signoff.root.waitFor();
  });

  it('reviews a long section page by page: the console pages through it, the projector shows the same page, nothing is cut and the room’s type stays large', async () => {
    const projected = (section: string, page: number) => projectorPage.locator(`[data-testid="signoff-projection"] [data-testid="charter-slide"][data-section="${section}"][data-page="${page}"]`);
    await signoff.showSection('Summary');
    await signoff.waitForPage('summary', 0);
    const pages = await signoff.pageCount();
    expect(pages).toBeGreaterThan(2);
    await projected('summary', 0).waitFor();
    expect(await projected('summary', 0).getAttribute('data-pages')).toBe(String(pages));

    // Next goes through the section's pages: the room's state, the console and the projector agree on each.
    for (let page = 0; page < pages; page++) {
      if (page > 0) await signoff.nextPage();
      await signoff.waitForPage('summary', page);
      await projected('summary', page).waitFor();
      expect((await session()).signoff).toMatchObject({ reviewSection: 'summary', reviewPage: page });
      expect(await signoff.reviewPosition.textContent()).toContain(`Summary · page ${page + 1} of ${pages}`);
      const onProjector = await inspectSlide(projected('summary', page));
      const onConsole = await inspectSlide(signoff.reviewSlide);
      expect(onProjector.pageLabel).toBe(`page ${page + 1} of ${pages}`);
      expect(onConsole.pageLabel).toBe(onProjector.pageLabel);
      expect(onProjector.overflow, `page ${page + 1} runs over its stage`).toBeNull();
      expect(onConsole.overflow).toBeNull();
      // The projector window is 1920 × 1080: the stage is drawn at full size there.
      expect(onProjector.smallestFontPx, `“${onProjector.smallestText}” on page ${page + 1}`).toBeGreaterThanOrEqual(28);
    }
    await expectAccessible(projectorPage, 'a review page on the projector');

    // Past the section's last page, Next goes on to the next section; the keys go back and forth too.
    await signoff.nextPage();
    await signoff.waitForPage('buyingProcess', 0);
    await projected('buyingProcess', 0).waitFor();
    await signoff.reviewSlide.locator('..').focus();
    await app.page.keyboard.press('ArrowLeft');
    await signoff.waitForPage('summary', pages - 1);
    await projected('summary', pages - 1).waitFor();
    await app.page.keyboard.press('PageDown');
    await signoff.waitForPage('buyingProcess', 0);
    await app.page.keyboard.press('PageDown');
    await signoff.waitForPage('buyingProcess', 1);
    await projected('buyingProcess', 1).waitFor();
    await app.page.keyboard.press('Home');
    await signoff.waitForPage('cover', 0);
    await projected('cover', 0).waitFor();
    // A clicker pages the room's review wherever the focus is, and never leaves Sign-off.
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.page.keyboard.press('PageDown');
    const review = app.page.getByTestId('charter-review');
    await expect.poll(async () => `${await review.getAttribute('data-section')}/${await review.getAttribute('data-page')}`).not.toBe('cover/0');
    const [section, reached] = [(await review.getAttribute('data-section'))!, Number(await review.getAttribute('data-page'))];
    await projected(section, reached).waitFor();
    await app.page.keyboard.press('PageUp');
    await signoff.waitForPage('cover', 0);
    expect(await app.workshop.currentPhase()).toBe('signoff');

    // With reduced motion (every context of these specs asks for it) a page change runs no animation.
    expect(await projectorPage.evaluate(() => document.getAnimations().length)).toBe(0);
    expect(await app.page.evaluate(() => document.getAnimations().length)).toBe(0);
  });

  it('jumps to a stage of a long section from the “Go to” list, by mouse and by keyboard, and the projector follows', async () => {
    const projected = (section: string, page: number) => projectorPage.locator(`[data-testid="signoff-projection"] [data-testid="charter-slide"][data-section="${section}"][data-page="${page}"]`);
    await signoff.showSection('Buying process');
    await signoff.waitForPage('buyingProcess', 0);
    const jump = signoff.review.getByRole('combobox', { name: 'Go to a part of Buying process' });
    const options = await jump.locator('option').evaluateAll((list) => list.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
    // One choice per stage of the sample, each with the page it starts on.
    expect(options.map((o) => o.text.replace(/ · page \d+$/u, ''))).toEqual(['1. Awareness', '2. Education', '3. Consideration', '4. Evaluation', '5. Purchase', '6. Onboarding', '7. Expansion & advocacy']);
    const pageOf = (text: string) => Number(/page (\d+)$/u.exec(text)![1]) - 1;

    const purchase = options[4]!;
    await jump.selectOption(purchase.value);
    await signoff.waitForPage('buyingProcess', pageOf(purchase.text));
    await projected('buyingProcess', pageOf(purchase.text)).waitFor();
    expect((await session()).signoff).toMatchObject({ reviewSection: 'buyingProcess', reviewPage: pageOf(purchase.text) });
    expect(await jump.inputValue()).toBe(purchase.value);

    // The list is a native select: with the keyboard, arrow keys step through the choices and
    // Enter goes there; the projector does not follow each step.
    await jump.focus();
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('ArrowDown');
    expect(await jump.inputValue()).toBe(options[6]!.value);
    expect((await session()).signoff.reviewPage).toBe(pageOf(purchase.text));
    expect(await signoff.reviewSlide.getAttribute('data-page')).toBe(String(pageOf(purchase.text)));
    await app.page.keyboard.press('ArrowUp');
    await app.page.keyboard.press('Enter');
    const onboarding = options[5]!;
    await signoff.waitForPage('buyingProcess', pageOf(onboarding.text));
    expect(await jump.inputValue()).toBe(onboarding.value);
    await projected('buyingProcess', pageOf(onboarding.text)).waitFor();
    // Next and Previous still page from where the jump landed.
    await signoff.nextPage();
    await signoff.waitForPage('buyingProcess', pageOf(onboarding.text) + 1);
    await projected('buyingProcess', pageOf(onboarding.text) + 1).waitFor();
    await expectAccessible(app.page, 'the review with its “Go to” list');

    // A short section has no list.
    await signoff.showSection('Best customers');
    await signoff.waitForPage('bestCustomers', 0);
    expect(await signoff.review.getByTestId('review-jump').count()).toBe(0);
  });

  it('pages through every section of a large workshop (20 stages, 40 participants, long descriptions) with nothing cut on the console or the projector', { timeout: 180_000 }, async () => {
    await openInReview(buildLargeWorkshop({ activities: 120, notes: 0, id: 'large-review', title: 'Large review' }));
    const sections = await app.page.locator('.charter-review__page-button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-section')!));
    expect(sections).toHaveLength(11);
    for (const section of sections) {
      await client.api.dispatch({ type: 'showCharterSection', section: section as never, page: 0 });
      await signoff.waitForPage(section, 0);
      const pages = await signoff.pageCount();
      // Every page of a short section; the first, a middle and the last ones of a long one.
      const visit = pages <= 12 ? [...Array(pages).keys()] : [0, 1, Math.floor(pages / 2), pages - 2, pages - 1];
      for (const page of visit) {
        await client.api.dispatch({ type: 'showCharterSection', section: section as never, page });
        await signoff.waitForPage(section, page);
        const slide = projectorPage.locator(`[data-testid="signoff-projection"] [data-testid="charter-slide"][data-section="${section}"][data-page="${page}"]`);
        await slide.waitFor({ timeout: 30_000 });
        for (const [where, inspection] of [
          ['console', await inspectSlide(signoff.reviewSlide)],
          ['projector', await inspectSlide(slide)],
        ] as const) {
          expect(inspection.overflow, `${section} page ${page + 1} of ${pages} runs over on the ${where}`).toBeNull();
          expect(inspection.height).toBeLessThanOrEqual(800);
          if (where === 'projector') expect(inspection.smallestFontPx, `“${inspection.smallestText}” on ${section} page ${page + 1}`).toBeGreaterThanOrEqual(28);
        }
      }
    }
    // A page past a section's end (the charter got shorter) shows its last page on both.
    await client.api.dispatch({ type: 'showCharterSection', section: 'pulse', page: 9_999 });
    const pulsePages = Number(await projectorPage.locator('[data-testid="signoff-projection"] [data-testid="charter-slide"][data-section="pulse"]').getAttribute('data-pages'));
    await signoff.waitForPage('pulse', pulsePages - 1);
    await projectorPage.locator(`[data-testid="signoff-projection"] [data-testid="charter-slide"][data-section="pulse"][data-page="${pulsePages - 1}"]`).waitFor();
  });

  it('lets the facilitator read in full, on the console, each description the wall shows shortened', { timeout: 90_000 }, async () => {
    const large = buildLargeWorkshop({ activities: 40, notes: 0, id: 'large-full-texts', title: 'Large full texts' });
    await openInReview(large);
    await client.api.dispatch({ type: 'showCharterSection', section: 'responsibilities', page: 0 });
    await signoff.waitForPage('responsibilities', 0);
    // The contents say how many descriptions the wall shortens.
    await expect.poll(() => app.page.getByTestId('review-shortened-count').textContent()).toMatch(/^\d+ descriptions? shortened on the wall$/);
    const panel = app.page.getByTestId('review-full-texts');
    await panel.waitFor();
    const first = panel.locator('details').first();
    // Keyboard: the disclosure opens in place and shows every word.
    await first.locator('summary').focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => first.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const text = (await first.locator('p').textContent())!;
    expect(text.length).toBeGreaterThan(1_000);
    expect(large.activities.some((a) => a.description === text)).toBe(true);
    // The wall keeps the shortened page: no disclosure there.
    await projectorPage.locator('[data-testid="signoff-projection"] [data-testid="charter-slide"][data-section="responsibilities"][data-page="0"]').waitFor({ timeout: 30_000 });
    expect(await projectorPage.getByTestId('review-full-texts').count()).toBe(0);
    await expectAccessible(app.page, 'the review with the full texts of shortened descriptions');
  });

  it('fills the wall with the roster: a short list in large type, forty long names in columns, each whole, at 1080p and 720p', { timeout: 90_000 }, async () => {
    await signoff.goToStep('sign');
    // The wall is measured from here on: it takes the front, where its frames (and with them its
    // fitting to a new size) come at the usual rate, not at the background window's one a second.
    await projectorPage.bringToFront();
    await projectorPage.locator('[data-testid="signoff-projection"][data-mode="roster"]').waitFor();
    // What the wall shows: the names' type size and lines, whether any is cut, and how much of the roster's area they use.
    const measureRoster = () =>
      projectorPage.evaluate(() => {
        const area = document.querySelector<HTMLElement>('.ps-roster-area')!.getBoundingClientRect();
        const names = [...document.querySelectorAll<HTMLElement>('.ps-signer__name')];
        const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="projected-signer"]')].map((row) => row.getBoundingClientRect());
        const lineHeight = parseFloat(getComputedStyle(document.querySelector('.ps-signer__text')!).lineHeight);
        return {
          names: names.map((name) => name.textContent),
          smallestPx: Math.min(...names.map((name) => parseFloat(getComputedStyle(name).fontSize))),
          mostLines: Math.max(...names.map((name) => Math.round(name.closest('.ps-signer__text')!.getBoundingClientRect().height / lineHeight))),
          cut: names.filter((name) => getComputedStyle(name).textOverflow === 'ellipsis' || name.scrollWidth > name.clientWidth + 1).map((name) => name.textContent),
          outside: rows.filter((row) => row.bottom > area.bottom + 1 || row.right > area.right + 1).length,
          usedHeight: (Math.max(...rows.map((row) => row.bottom)) - area.top) / area.height,
          more: document.querySelector('.ps-more')?.textContent ?? null,
        };
      });

    // Nine: large type, and the roster reaches down the wall rather than keeping to its top half.
    await expect.poll(async () => (await measureRoster()).smallestPx).toBeGreaterThanOrEqual(42);
    const nine = await measureRoster();
    expect(nine.usedHeight).toBeGreaterThan(0.7);
    expect(nine).toMatchObject({ cut: [], outside: 0, more: null });

    // Forty, with long names in several scripts: every name whole (wrapped, never cut), within the wall.
    for (const [i, [name, jobTitle, teamId]] of EXTRA_PARTICIPANTS.entries()) {
      await client.api.dispatch({ type: 'addItem', collection: 'participants', item: { id: `extra-${i}`, name, jobTitle, teamId } });
    }
    const everyone = (await session()).participants.map((p) => p.name);
    expect(everyone).toHaveLength(40);
    for (const size of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ]) {
      await projectorPage.setViewportSize(size);
      await expect.poll(async () => (await measureRoster()).names.length).toBe(40);
      await expect.poll(async () => (await measureRoster()).outside).toBe(0);
      const forty = await measureRoster();
      expect(forty.names.toSorted()).toEqual(everyone.toSorted());
      expect(forty).toMatchObject({ cut: [], more: null });
      // The room's minimum, 28 px on a 1080p wall (in proportion on a 720p one); a long name takes two lines.
      expect(forty.smallestPx).toBeGreaterThanOrEqual((28 * size.height) / 1080 - 0.01);
      if (size.height === 1080) expect(forty.mostLines).toBe(2);
    }
    await expectAccessible(projectorPage, 'the Sign-off roster with forty participants');
  });

  it('fits the roster to the wall once the first participants arrive, and again when the wall changes size', async () => {
    await signoff.goToStep('sign');
    await projectorPage.bringToFront();
    // No participants yet: the roster's area is not there when the projection first draws.
    const participants = (await session()).participants;
    for (const p of participants) await client.api.dispatch({ type: 'removeItem', collection: 'participants', id: p.id });
    await projection().locator('.ps-message').waitFor();
    await projectorPage.reload();
    await projection().locator('.ps-message').waitFor();
    for (const p of participants) await client.api.dispatch({ type: 'addItem', collection: 'participants', item: p });
    await expect.poll(() => projectorPage.getByTestId('projected-signer').count()).toBe(participants.length);
    const namePx = () => projector.fontSize('.ps-signer__name');
    await expect.poll(namePx).toBeGreaterThanOrEqual(42);
    const at1080 = await namePx();
    // A smaller wall: the roster is measured again and its type follows the wall's height.
    await projectorPage.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(namePx).toBeLessThan(at1080 * 0.8);
    const outside = await projectorPage.evaluate(() => {
      const area = document.querySelector<HTMLElement>('.ps-roster-area')!.getBoundingClientRect();
      return [...document.querySelectorAll('[data-testid="projected-signer"]')].filter((row) => row.getBoundingClientRect().bottom > area.bottom + 1).length;
    });
    expect(outside).toBe(0);
  });
});
