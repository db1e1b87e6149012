/** The projector window (`?view=projector`): read-only, follows the session. */
import type { Locator, Page } from 'playwright-core';

export class ProjectorPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('projector');
  }

  get phaseName(): Locator {
    return this.page.getByTestId('projector-phase');
  }

  async waitForPhase(phaseId: string): Promise<void> {
    await this.page.locator(`[data-testid="projector"][data-phase="${phaseId}"]`).waitFor();
  }

  /** Computed font size in px of the first element matching `selector`. */
  async fontSize(selector: string): Promise<number> {
    return this.page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  }
}
