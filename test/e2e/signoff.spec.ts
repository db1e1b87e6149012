import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Workshop } from '../../src/domain/workshopSchema';
import type { ProjectorPage } from './pages/ProjectorPage';
import { SIGNATURE, SignoffPage } from './pages/SignoffPage';
import type { HostClient } from './support/connectHostClient';
import { expectAccessible } from './support/expectAccessible';
import type { OpenApp } from './support/openApp';
import { useSampleWorkshop } from './support/useSampleWorkshop';

const SPONSOR = 'Marguerite Fontaine';

/** A longer signature than the page model's default: four strokes, one of them a dot. */
const SPONSOR_SIGNATURE: [number, number][][] = [
  [
    [0.08, 0.62],
    [0.12, 0.28],
    [0.17, 0.66],
    [0.22, 0.3],
    [0.27, 0.64],
  ],
  [
    [0.3, 0.58],
    [0.42, 0.42],
    [0.55, 0.62],
    [0.7, 0.44],
    [0.86, 0.5],
  ],
  [
    [0.5, 0.25],
    [0.51, 0.25],
  ],
  [
    [0.2, 0.8],
    [0.8, 0.78],
  ],
];

/** WCAG contrast of a computed `rgb(r, g, b)` colour on white. */
function contrastOnWhite(colour: string): number {
  const channels = colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
  const linear = channels.map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
  return 1.05 / (luminance + 0.05);
}

describe('sign-off phase', () => {
  const room = useSampleWorkshop({ viewport: { width: 1366, height: 768 }, client: true, projector: true, phase: 'signoff' });
  let app: OpenApp;
  let signoff: SignoffPage;
  let client: HostClient;
  let projectorPage: Page;
  let projector: ProjectorPage;

  const session = async (): Promise<Workshop> => (await client.api.getSession())!.workshop;
  const projection = () => projectorPage.getByTestId('signoff-projection');
  const projectedSigner = (name: string) => projectorPage.getByTestId('projected-signer').filter({ hasText: name });

  beforeEach(async () => {
    ({ app, client, projectorPage, projector } = room);
    signoff = new SignoffPage(app.page);
    await signoff.root.waitFor();
  });

  // One story from review to a new version: longer than most specs, so it gets more time.
  it('reviews with the room, signs in turn with drawn signatures, and starts a new version after an edit', { timeout: 120_000 }, async () => {
    // Review: the console opens the charter at its cover, and the projector shows the same section.
    await projector.waitForPhase('signoff');
    expect(await signoff.currentStep()).toBe('review');
    await expect.poll(async () => (await session()).signoff.reviewSection).toBe('cover');
    await projectorPage.locator('[data-testid="signoff-projection"][data-mode="review"][data-section="cover"]').waitFor();
    // On the 1366×768 laptop the page under review shows whole without scrolling, below the bars.
    await signoff.reviewSlide.waitFor();
    const fits = await app.page.getByTestId('phase-view').evaluate((view) => {
      const visible = view.getBoundingClientRect();
      const slide = view.querySelector('[data-testid="signoff-review"] [data-testid="charter-slide"]')!.getBoundingClientRect();
      return { scrolled: view.scrollTop, above: slide.top - visible.top, below: visible.bottom - slide.bottom, left: slide.left - visible.left, right: visible.right - slide.right };
    });
    expect(fits.scrolled).toBe(0);
    expect(Math.min(fits.above, fits.below, fits.left, fits.right), JSON.stringify(fits)).toBeGreaterThanOrEqual(0);

    // Two more sections: the projector follows whichever section the console opened.
    for (const name of ['Buying process', 'Responsibilities']) {
      await signoff.showSection(name);
      await expect.poll(async () => (await session()).signoff.reviewSection).not.toBe('cover');
      const section = (await session()).signoff.reviewSection!;
      await projectorPage.locator(`[data-testid="signoff-projection"][data-section="${section}"]`).waitFor();
    }
    await expectAccessible(app.page, 'the Sign-off review on the console');

    // Sign: leaving the review ends it; the projector shows who has signed.
    await signoff.goToStep('sign');
    await expect.poll(async () => (await session()).signoff.reviewSection).toBeNull();
    await projectorPage.locator('[data-testid="signoff-projection"][data-mode="roster"]').waitFor();
    expect(await projectorPage.getByTestId('projected-signer').count()).toBe(9);
    expect(await projectorPage.getByTestId('projected-signer').first().textContent()).toContain(SPONSOR);

    // The sponsor comes first with a "signs first" mark; the rest by team.
    expect((await signoff.signerNames())[0]).toBe(SPONSOR);
    expect(await signoff.signer(SPONSOR).textContent()).toContain('Signs first');

    // The open points: signing waits until each is fixed or accepted, and says so.
    expect(await signoff.warnings.count()).toBe(2);
    await signoff.blockedNotice.waitFor();
    expect(await signoff.signer(SPONSOR).getByRole('button', { name: `Sign as ${SPONSOR}` }).isDisabled()).toBe(true);
    await signoff.warnings.first().getByRole('button', { name: /^Accept:/ }).click();
    await app.page.locator('[data-testid="signoff-warning"][data-accepted="true"]').waitFor();
    expect(await signoff.blockedNotice.textContent()).toContain('1 still open');
    await signoff.acceptAllWarnings();
    await signoff.blockedNotice.waitFor({ state: 'detached' });
    expect((await session()).signoff.acceptedWarnings).toHaveLength(2);
    await expectAccessible(app.page, 'the Sign-off signing list');

    // A participant before the sponsor: refused in the host's words, with what was typed and drawn kept.
    await signoff.openSigning('Tomasz Wiśniewski');
    expect(await signoff.dialog.getByTestId('sign-statement').textContent()).toContain('simple electronic sign-off');
    expect(await signoff.dialog.getByTestId('sign-statement').textContent()).not.toMatch(/legally binding|certified|tamper-proof/i);
    expect(await signoff.dialog.getByLabel('Type your name').inputValue()).toBe('');
    await signoff.typeName('Tomasz Wiśniewski');
    await signoff.draw(SIGNATURE);
    await expectAccessible(app.page, 'the signing dialog');
    await signoff.submitSignature();
    await signoff.problem.waitFor();
    expect(await signoff.problem.textContent()).toBe(`The sponsor signs first: waiting for ${SPONSOR}.`);
    expect(await signoff.dialog.getByLabel('Type your name').inputValue()).toBe('Tomasz Wiśniewski');
    expect(await signoff.pad.getAttribute('data-strokes')).toBe(String(SIGNATURE.length));
    await signoff.dialog.getByRole('button', { name: 'Cancel' }).click();
    await signoff.dialog.waitFor({ state: 'detached' });
    expect(await signoff.statusOf('Tomasz Wiśniewski')).toBe('waiting');

    // The sponsor signs first, drawing four strokes; then two more participants.
    await signoff.sign(SPONSOR, SPONSOR_SIGNATURE);
    const [sponsorSignature] = (await session()).signoff.signatures;
    expect(sponsorSignature!.typedName).toBe(SPONSOR);
    expect(sponsorSignature!.strokes).toHaveLength(SPONSOR_SIGNATURE.length);
    for (const stroke of sponsorSignature!.strokes) {
      for (const [x, y] of stroke) {
        expect(Number.isInteger(x) && x >= 0 && x <= 1000).toBe(true);
        expect(Number.isInteger(y) && y >= 0 && y <= 300).toBe(true);
      }
    }
    // The long wave went left to right across most of the pad.
    const wave = sponsorSignature!.strokes[1]!;
    expect(wave[0]![0]).toBeLessThan(350);
    expect(wave.at(-1)![0]).toBeGreaterThan(800);
    expect(await signoff.signer(SPONSOR).locator('svg[aria-label^="Signature of"] path').getAttribute('d')).toMatch(/^M\d+ \d+L/);
    await signoff.sign('Tomasz Wiśniewski');
    await signoff.sign('Priya Raghunathan');
    // Who signed is said in the list's head, not in a toast over the next participant's Sign button, which has the focus and can be clicked.
    expect(await app.page.getByTestId('signoff-last-signed').textContent()).toBe('Priya Raghunathan signed version 1.');
    expect(await app.page.getByTestId('toasts').locator('.toast').count()).toBe(0);
    const next = app.page.locator('.signer__sign:focus');
    await next.waitFor();
    expect(await next.getAttribute('aria-label')).toBe('Sign as Mateus Araújo');
    expect(await next.evaluate((button) => {
      const box = button.getBoundingClientRect();
      return button.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
    })).toBe(true);

    // Absent, and a withdrawal (confirmed by name) that is signed again.
    await signoff.markAbsent('Kenji Watanabe');
    await signoff.signer('Tomasz Wiśniewski').getByRole('button', { name: 'Withdraw Tomasz Wiśniewski’s signature' }).click();
    const confirm = app.page.getByTestId('withdraw-dialog');
    await confirm.waitFor();
    expect(await confirm.getByRole('heading').textContent()).toBe('Withdraw Tomasz Wiśniewski’s signature?');
    await confirm.getByRole('button', { name: 'Withdraw signature' }).click();
    await signoff.waitForStatus('Tomasz Wiśniewski', 'waiting');
    expect((await session()).signoff.signatures.map((s) => s.typedName)).toEqual([SPONSOR, 'Priya Raghunathan']);
    await signoff.sign('Tomasz Wiśniewski');
    expect(await signoff.progress.textContent()).toContain('3 of 9 signed · 1 absent · 5 waiting');

    // The sponsor cannot withdraw while others have signed since: the domain's refusal, on the row.
    await signoff.signer(SPONSOR).getByRole('button', { name: `Withdraw ${SPONSOR}’s signature` }).click();
    await app.page.getByTestId('withdraw-dialog').getByRole('button', { name: 'Withdraw signature' }).click();
    await signoff.signer(SPONSOR).getByTestId('signer-message').waitFor();
    expect(await signoff.signer(SPONSOR).getByTestId('signer-message').textContent()).toContain('signed first as sponsor');
    expect(await signoff.statusOf(SPONSOR)).toBe('signed');

    // The projector's roster: the sponsor first, who signed, who is absent, large.
    await projectorPage.locator('[data-testid="projected-signer"][data-status="signed"]').nth(2).waitFor();
    expect(await projectedSigner(SPONSOR).getAttribute('data-status')).toBe('signed');
    expect(await projectedSigner(SPONSOR).getAttribute('data-sponsor')).toBe('true');
    expect(await projectedSigner('Tomasz Wiśniewski').getAttribute('data-status')).toBe('signed');
    expect(await projectedSigner('Kenji Watanabe').getAttribute('data-status')).toBe('absent');
    expect(await projectedSigner('Aisha Bello').getAttribute('data-status')).toBe('waiting');
    // Each status in a word too, not by its mark alone.
    expect(await projectedSigner('Aisha Bello').locator('.ps-signer__status').innerText()).toMatch(/\bwaiting$/);
    expect(await projectedSigner('Kenji Watanabe').locator('.ps-signer__status').innerText()).toMatch(/\babsent$/);
    expect(await projectedSigner(SPONSOR).locator('.ps-signer__status').innerText()).toMatch(/\bsigned$/);
    // The words and marks that say where each one stands reach AAA on the projector's white (projectors wash colours out).
    for (const name of [SPONSOR, 'Kenji Watanabe', 'Aisha Bello']) {
      for (const part of ['.ps-signer__status', '.ps-signer__mark']) {
        const colour = await projectedSigner(name).locator(part).evaluate((el) => getComputedStyle(el).color);
        expect(contrastOnWhite(colour), `${part} of ${name}: ${colour}`).toBeGreaterThanOrEqual(7);
      }
    }
    const summary = await projectorPage.getByTestId('projected-signoff-summary').textContent();
    expect(summary).toContain('Charter version 1');
    expect(summary).toContain('3 of 9 signed · 1 absent');
    expect(await projector.fontSize('.ps-signer__name')).toBeGreaterThanOrEqual(28);
    // The typed names stay on the console.
    expect(await projection().textContent()).not.toContain('Typed');
    await expectAccessible(projectorPage, 'the Sign-off roster on the projector');

    // Export & verify are wired (the host's printing is checked where it is built).
    await signoff.goToStep('export');
    expect(await signoff.exportButton.textContent()).toContain('version 1');
    await app.page.getByTestId('verify-drop-zone').waitFor();

    // An edit of the charter after signatures starts version 2, unsigned; version 1 stays in the history.
    await app.workshop.goToPhase('setup');
    await app.setup.fill('Venue', 'Harbourside Conference Centre, Room Borealis');
    await expect.poll(async () => (await session()).signoff.charterVersion).toBe(2);
    await app.workshop.goToPhase('signoff');
    await signoff.root.waitFor();
    if ((await signoff.currentStep()) !== 'sign') await signoff.goToStep('sign');
    await signoff.newVersionNotice.waitFor();
    // What version 1 had besides signatures does not carry over, and the note says so.
    expect(await signoff.newVersionNotice.textContent()).toMatch(/The absences \(1\) and accepted open points \(\d+\) of version 1 do not carry over/);
    expect(await signoff.progress.textContent()).toContain('0 of 9 signed · 0 absent · 9 waiting');
    expect(await app.page.locator('[data-testid="signer"][data-signer-status="signed"]').count()).toBe(0);
    await projectorPage.locator('[data-testid="projected-signoff-summary"]', { hasText: 'Charter version 2' }).waitFor();
    expect(await projectorPage.locator('[data-testid="projected-signer"][data-status="signed"]').count()).toBe(0);

    await signoff.newVersionNotice.getByRole('button', { name: 'See earlier versions' }).click();
    await signoff.history.first().waitFor();
    expect(await signoff.history.count()).toBe(1);
    const version1 = await signoff.history.first().textContent();
    expect(version1).toContain('Version 1');
    expect(version1).toContain('superseded by version 2');
    expect(version1).toContain(SPONSOR);
    await app.page.getByRole('button', { name: 'View version 1' }).click();
    await app.page.getByTestId('history-view').waitFor();
    await app.page.getByTestId('history-view').getByRole('button', { name: 'Close' }).click();
    await app.page.getByTestId('history-view').waitFor({ state: 'detached' });
    await expectAccessible(app.page, 'the Export & verify step with the history');
  });

  it('keeps the phase head compact on the console while its purpose is still read out', async () => {
    const head = app.page.locator('.phase-header');
    const purpose = head.locator('.phase-header__purpose');
    expect(await purpose.textContent()).toBe('Review the charter and sign it.');
    // In the accessibility tree (not display: none), but not shown: one pixel, clipped.
    expect(await purpose.evaluate((el) => getComputedStyle(el).display)).not.toBe('none');
    expect((await purpose.boundingBox())!.height).toBeLessThanOrEqual(1);
    expect(await head.getByRole('heading', { name: 'Sign-off' }).isVisible()).toBe(true);
  });

  it('asks before Escape throws away a drawn signature, and keeps it when the signer goes on', async () => {
    await signoff.goToStep('sign');
    await signoff.acceptAllWarnings();
    // Nothing drawn or typed yet: Escape just closes.
    await signoff.openSigning(SPONSOR);
    await app.page.keyboard.press('Escape');
    await signoff.dialog.waitFor({ state: 'detached' });

    await signoff.openSigning(SPONSOR);
    await signoff.typeName(SPONSOR);
    await signoff.draw(SIGNATURE);
    await signoff.dialog.getByLabel('Type your name').focus();
    await app.page.keyboard.press('Escape');
    const ask = signoff.dialog.getByTestId('sign-discard');
    await ask.waitFor();
    expect(await ask.textContent()).toContain('The typed name and the drawn signature will be lost');
    expect(await signoff.pad.getAttribute('data-strokes')).toBe(String(SIGNATURE.length));
    // Keep signing: the question goes, the drawing and the name stay, and the signature goes through.
    await ask.getByRole('button', { name: 'Keep signing' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await signoff.dialog.getByLabel('Type your name').inputValue()).toBe(SPONSOR);
    expect(await signoff.pad.getAttribute('data-strokes')).toBe(String(SIGNATURE.length));
    await app.page.keyboard.press('Escape');
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Discard and close' }).click();
    await signoff.dialog.waitFor({ state: 'detached' });
    expect((await session()).signoff.signatures).toEqual([]);
    await signoff.openSigning(SPONSOR);
    expect(await signoff.pad.getAttribute('data-strokes')).toBe('0');
  });

  it('never signs a charter that changed while the dialog was open: signing waits for a new review, and what was typed and drawn is kept meanwhile', async () => {
    await signoff.goToStep('sign');
    await signoff.acceptAllWarnings();
    await signoff.openSigning(SPONSOR);
    const before = await signoff.dialog.getByTestId('sign-charter').textContent();
    await signoff.typeName(SPONSOR);
    await signoff.draw(SIGNATURE);

    // Someone edits the charter meanwhile (no signature yet, so still version 1, with a new fingerprint).
    await client.api.dispatch({ type: 'updateSetup', patch: { facilitator: 'Dana Okafor-Reyes' } });
    await signoff.submitSignature();
    await signoff.problem.waitFor();
    expect(await signoff.problem.textContent()).toBe('The charter changed after it was shown for signing. Review the current charter, then sign again.');
    expect(await signoff.dialog.getByTestId('sign-charter').textContent()).toBe(before);
    expect(await signoff.dialog.getByLabel('Type your name').inputValue()).toBe(SPONSOR);
    expect(await signoff.pad.getAttribute('data-strokes')).toBe(String(SIGNATURE.length));
    expect(await signoff.dialog.getByRole('button', { name: /^Sign version / }).isDisabled()).toBe(true);
    expect((await session()).signoff.signatures).toEqual([]);

    // After a new look at the charter, the sponsor signs what it says now.
    await signoff.dialog.getByRole('button', { name: 'Cancel' }).click();
    await signoff.dialog.waitFor({ state: 'detached' });
    await signoff.sign(SPONSOR);
    const fingerprint = await client.api.getCharterFingerprint();
    expect(fingerprint.ok && (await session()).signoff.signatures[0]!.fingerprint === fingerprint.fingerprint).toBe(true);
  });
});
