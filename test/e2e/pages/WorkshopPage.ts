/** The console shell around any phase: top bar, save state, undo/redo, phase bar. */
import type { Locator, Page } from 'playwright-core';

export class WorkshopPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('workshop-shell');
  }

  get heading(): Locator {
    return this.page.getByTestId('workshop-heading');
  }

  get saveIndicator(): Locator {
    return this.page.getByTestId('save-indicator');
  }

  get undoButton(): Locator {
    return this.page.getByRole('button', { name: 'Undo', exact: true });
  }

  get redoButton(): Locator {
    return this.page.getByRole('button', { name: 'Redo', exact: true });
  }

  phaseStep(phaseId: string): Locator {
    return this.page.getByTestId(`phase-${phaseId}`);
  }

  async waitForOpen(): Promise<void> {
    await this.root.waitFor();
  }

  /** Waits until the host reports the workshop written to disk. */
  async waitForSaved(timeout = 15_000): Promise<void> {
    await this.page.locator('[data-testid="save-indicator"][data-status="saved"]').waitFor({ timeout });
  }

  async currentPhase(): Promise<string | null> {
    return this.page.getByTestId('phase-view').getAttribute('data-phase');
  }

  async goToPhase(phaseId: string): Promise<void> {
    await this.phaseStep(phaseId).click();
    await this.waitForPhase(phaseId);
  }

  /** Waits until this window shows the phase (the host's change has come back to it). */
  async waitForPhase(phaseId: string): Promise<void> {
    await this.page.locator(`[data-testid="phase-view"][data-phase="${phaseId}"]`).waitFor();
  }

  async undo(): Promise<void> {
    await this.undoButton.click();
  }

  async redo(): Promise<void> {
    await this.redoButton.click();
  }

  async backToLibrary(): Promise<void> {
    await this.page.getByRole('button', { name: 'Library', exact: true }).click();
    await this.page.getByTestId('library').waitFor();
  }
}
