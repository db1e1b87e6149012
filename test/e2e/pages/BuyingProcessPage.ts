/** The Buying process phase: the row of stage cards and the selected stage's detail panel. */
import type { Locator, Page } from 'playwright-core';

export type StageField = 'Customer goal' | 'Customer questions' | 'Touchpoints & channels' | 'Exit criterion' | 'How it is measured';

export class BuyingProcessPage {
  constructor(readonly page: Page) {}

  get cards(): Locator {
    return this.page.getByTestId('stage-card');
  }

  card(index: number): Locator {
    return this.cards.nth(index);
  }

  get detail(): Locator {
    return this.page.getByTestId('stage-detail');
  }

  /** The names of the stages, left to right. */
  async names(): Promise<string[]> {
    return this.page.locator('[data-testid="stage-card"] input[name="stageName"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  }

  nameInput(index: number): Locator {
    return this.card(index).locator('input[name="stageName"]');
  }

  field(label: StageField): Locator {
    return this.detail.getByLabel(label, { exact: true });
  }

  /** Adds a stage at the end with the toolbar button and types its name (the new name field takes the focus). */
  async addStage(name: string): Promise<void> {
    const before = await this.cards.count();
    await this.page.getByRole('button', { name: 'Add stage', exact: true }).first().click();
    await this.card(before).waitFor();
    await this.nameInput(before).pressSequentially(name);
  }

  async select(index: number): Promise<void> {
    await this.card(index).click({ position: { x: 120, y: 180 } });
  }

  /** Reorders by keyboard through dnd-kit: focus the handle, Space, arrows, Space. */
  async moveByKeyboard(index: number, steps: number): Promise<void> {
    const handle = this.card(index).getByRole('button', { name: /^Stage \d+: .*Move$/ });
    // dnd-kit measures each new place before it takes the next key: wait for what it announces.
    const announced = (text: RegExp) => this.page.locator('[id^="DndLiveRegion"]').filter({ hasText: text }).waitFor({ state: 'attached' });
    await handle.focus();
    await this.page.keyboard.press('Space');
    await this.page.locator('[data-testid="stage-card"].is-dragging').waitFor();
    for (let i = 1; i <= Math.abs(steps); i++) {
      await this.page.keyboard.press(steps < 0 ? 'ArrowLeft' : 'ArrowRight');
      await announced(new RegExp(` would become stage ${index + 1 + Math.sign(steps) * i} of \\d+\\.$`));
    }
    await this.page.keyboard.press('Space');
  }

  async deleteSelected(): Promise<void> {
    await this.detail.getByRole('button', { name: 'Delete stage' }).click();
  }
}
