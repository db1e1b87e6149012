import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Workshop } from '../../src/domain/workshopSchema';
import type { ProjectorPage } from './pages/ProjectorPage';
import { SIGNATURE, SignoffPage } from './pages/SignoffPage';
import { connectHostClient, type HostClient } from './support/connectHostClient';
import { expectAccessible } from './support/expectAccessible';
import { launchBrowser } from './support/launchBrowser';
import { openApp, type OpenApp } from './support/openApp';
import { openProjector } from './support/openProjector';
import { startWebHost, type WebHost } from './support/startWebHost';

const SAMPLE = 'Kestrel sales & marketing alignment day';
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

describe('sign-off phase', () => {
  let host: WebHost;
  let browser: Browser;
  let app: OpenApp;
  let signoff: SignoffPage;
  let client: HostClient;
  let projectorPage: Page;
  let projector: ProjectorPage;

  const session = async (): Promise<Workshop> => (await client.api.getSession())!.workshop;
  const projection = () => projectorPage.getByTestId('signoff-projection');
  const projectedSigner = (name: string) => projectorPage.getByTestId('projected-signer').filter({ hasText: name });

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  // Every attempt (a retry included) starts from a fresh data folder: no state leaks between tests.
  beforeEach(async () => {
    host = await startWebHost();
    app = await openApp(browser, host, { viewport: { width: 1366, height: 768 } });
    signoff = new SignoffPage(app.page);
    await app.library.show();
    await app.library.open(SAMPLE);
    client = await connectHostClient(host.origin, app.context);
    ({ page: projectorPage, projector } = await openProjector(app, host));
    await app.page.bringToFront();
    await app.workshop.goToPhase('signoff');
    await signoff.root.waitFor();
  });
  afterEach(async () => {
    try {
      expect(app.errors).toEqual([]);
    } finally {
      client?.close();
      await app?.close();
      await host?.stop();
    }
  });

  // One story from review to a new version: longer than most specs, so it gets more time.
  it('reviews with the room, signs in turn with drawn signatures, and starts a new version after an edit', { timeout: 120_000 }, async () => {
    // Review: the console opens the charter at its cover, and the projector shows the same section.
    await projector.waitForPhase('signoff');
    expect(await signoff.currentStep()).toBe('review');
    await expect.poll(async () => (await session()).signoff.reviewSection).toBe('cover');
    await projectorPage.locator('[data-testid="signoff-projection"][data-mode="review"][data-section="cover"]').waitFor();

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
