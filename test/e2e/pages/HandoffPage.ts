/** The Hand-off phase: hand-off cards with their lead definitions and commitments. */
import type { Locator, Page } from 'playwright-core';

export class HandoffPage {
  constructor(readonly page: Page) {}

  get cards(): Locator {
    return this.page.getByTestId('handoff-card');
  }

  card(index: number): Locator {
    return this.cards.nth(index);
  }

  get count(): Locator {
    return this.page.getByTestId('handoffs-count');
  }

  /** The empty state's prefilled button. */
  get addFromMarketingToSales(): Locator {
    return this.page.getByRole('button', { name: 'Add the hand-off from marketing to sales' });
  }

  get addButton(): Locator {
    return this.page.getByRole('button', { name: 'Add hand-off point' });
  }

  definitions(card: Locator): Locator {
    return card.getByTestId('lead-definition');
  }

  addDefinitionButton(card: Locator): Locator {
    return card.getByRole('button', { name: /^Add (the first )?lead definition$/ });
  }

  field(card: Locator, name: string): Locator {
    return card.locator(`[name="${name}"]`);
  }

  async remove(index: number): Promise<void> {
    await this.card(index).getByRole('button', { name: /^Remove hand-(off|back) \d+$/ }).click();
  }
}
