/** The Sign-off phase: the three steps, the open points, the signing list and dialog, export and verify. */
import type { Locator, Page } from 'playwright-core';

type Step = 'review' | 'sign' | 'export';

export class SignoffPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('signoff-phase');
  }

  step(step: Step): Locator {
    return this.page.getByTestId(`signoff-step-${step}`);
  }

  async goToStep(step: Step): Promise<void> {
    await this.step(step).click();
    await this.page.locator(`[data-testid="signoff-phase"][data-step="${step}"]`).waitFor();
  }

  async currentStep(): Promise<string | null> {
    return this.root.getAttribute('data-step');
  }

  // ------------------------------------------------------------ review

  get review(): Locator {
    return this.page.getByTestId('signoff-review');
  }

  /**
   * Opens a charter section from the review. The charter rendering owns its navigation: this
   * clicks the control named like the section (a button or a link).
   */
  async showSection(name: string): Promise<void> {
    await this.review.getByRole('button', { name, exact: true }).or(this.review.getByRole('link', { name, exact: true })).first().click();
  }

  /** The charter page the console's review shows. */
  get reviewSlide(): Locator {
    return this.review.getByTestId('charter-slide');
  }

  /** "Summary · page 2 of 3" above the page. */
  get reviewPosition(): Locator {
    return this.review.getByTestId('review-position');
  }

  async nextPage(): Promise<void> {
    await this.review.getByTestId('review-next').click();
  }

  async waitForPage(section: string, page: number): Promise<void> {
    await this.page.locator(`[data-testid="signoff-review"] [data-testid="charter-slide"][data-section="${section}"][data-page="${page}"]`).waitFor();
  }

  async pageCount(): Promise<number> {
    return Number(await this.reviewSlide.getAttribute('data-pages'));
  }

  // ------------------------------------------------------------ open points

  get warnings(): Locator {
    return this.page.getByTestId('signoff-warning');
  }

  get warningsPanel(): Locator {
    return this.page.getByTestId('signoff-warnings');
  }

  async acceptAllWarnings(): Promise<void> {
    await this.warningsPanel.getByRole('button', { name: 'Accept all as they are' }).click();
    await this.page.locator('[data-testid="signoff-warnings"][data-open="0"]').waitFor();
  }

  get blockedNotice(): Locator {
    return this.page.getByTestId('signoff-blocked');
  }

  // ------------------------------------------------------------ signers

  get signers(): Locator {
    return this.page.getByTestId('signer');
  }

  signer(name: string): Locator {
    return this.signers.filter({ has: this.page.locator('.signer__name', { hasText: name }) });
  }

  async statusOf(name: string): Promise<string | null> {
    return this.signer(name).getAttribute('data-signer-status');
  }

  async waitForStatus(name: string, status: 'signed' | 'absent' | 'waiting'): Promise<void> {
    await this.page.locator(`[data-testid="signer"][data-signer-status="${status}"]`).filter({ has: this.page.locator('.signer__name', { hasText: name }) }).waitFor();
  }

  async signerNames(): Promise<string[]> {
    return this.signers.locator('.signer__name').evaluateAll((els) => els.map((el) => el.firstChild?.textContent ?? ''));
  }

  get progress(): Locator {
    return this.page.getByTestId('signoff-progress');
  }

  async openSigning(name: string): Promise<void> {
    await this.signer(name).getByRole('button', { name: `Sign as ${name}` }).click();
    await this.dialog.waitFor();
  }

  async markAbsent(name: string): Promise<void> {
    await this.signer(name).getByRole('button', { name: `Mark absent: ${name}` }).click();
    await this.waitForStatus(name, 'absent');
  }

  async markPresent(name: string): Promise<void> {
    await this.signer(name).getByRole('button', { name: `Mark present: ${name}` }).click();
    await this.waitForStatus(name, 'waiting');
  }

  async withdraw(name: string): Promise<void> {
    await this.signer(name).getByRole('button', { name: `Withdraw ${name}’s signature` }).click();
    const confirm = this.page.getByTestId('withdraw-dialog');
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Withdraw signature' }).click();
    await this.waitForStatus(name, 'waiting');
  }

  // ------------------------------------------------------------ the signing dialog

  get dialog(): Locator {
    return this.page.getByTestId('sign-dialog');
  }

  get pad(): Locator {
    return this.dialog.getByTestId('signature-pad');
  }

  get problem(): Locator {
    return this.dialog.getByTestId('sign-problem');
  }

  async typeName(name: string): Promise<void> {
    await this.dialog.getByLabel('Type your name').fill(name);
  }

  /**
   * Draws a signature with real pointer events: for each stroke, press, move through its
   * points (fractions of the pad, 0..1) in small steps, release.
   */
  async draw(strokes: [number, number][][]): Promise<void> {
    // The signer draws on the console: in front, so its frames (and so its input) are not held back behind the projector's page.
    await this.page.bringToFront();
    await this.pad.scrollIntoViewIfNeeded();
    const box = await this.pad.boundingBox();
    if (!box) throw new Error('The signature pad is not on the screen.');
    const mouse = this.page.mouse;
    const before = Number(await this.pad.getAttribute('data-strokes'));
    for (const stroke of strokes) {
      const [first, ...rest] = stroke;
      await mouse.move(box.x + first![0] * box.width, box.y + first![1] * box.height);
      await mouse.down();
      for (const [x, y] of rest) await mouse.move(box.x + x * box.width, box.y + y * box.height, { steps: 3 });
      await mouse.up();
    }
    await this.page.locator(`[data-testid="signature-pad"][data-strokes="${before + strokes.length}"]`).waitFor();
  }

  async submitSignature(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^Sign version / }).click();
  }

  /** Types the name, draws, signs, and waits until the row says signed. */
  async sign(name: string, strokes: [number, number][][] = SIGNATURE): Promise<void> {
    await this.openSigning(name);
    await this.typeName(name);
    await this.draw(strokes);
    await this.submitSignature();
    await this.dialog.waitFor({ state: 'detached' });
    await this.waitForStatus(name, 'signed');
  }

  // ------------------------------------------------------------ versions, export

  get newVersionNotice(): Locator {
    return this.page.getByTestId('signoff-new-version');
  }

  get finalNotice(): Locator {
    return this.page.getByTestId('signoff-final');
  }

  get history(): Locator {
    return this.page.getByTestId('history-version');
  }

  get exportButton(): Locator {
    return this.page.getByTestId('export-pdf');
  }
}

/** Three strokes, like a quick signature: a loop, a long wave, a dot-like tick. */
export const SIGNATURE: [number, number][][] = [
  [
    [0.1, 0.6],
    [0.15, 0.3],
    [0.2, 0.65],
    [0.25, 0.35],
  ],
  [
    [0.3, 0.55],
    [0.45, 0.4],
    [0.6, 0.6],
    [0.75, 0.45],
    [0.88, 0.55],
  ],
  [
    [0.5, 0.2],
    [0.52, 0.24],
  ],
];
