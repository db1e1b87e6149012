/** The Best customers phase: one card per segment or named account. */
import type { Locator, Page } from 'playwright-core';

export class BestCustomersPage {
  constructor(readonly page: Page) {}

  get cards(): Locator {
    return this.page.getByTestId('best-customer-card');
  }

  card(index: number): Locator {
    return this.cards.nth(index);
  }

  get addButton(): Locator {
    return this.page.getByRole('button', { name: 'Add best customer' });
  }

  field(card: Locator, name: string): Locator {
    return card.locator(`[name="${name}"]`);
  }

  async remove(index: number): Promise<void> {
    await this.card(index).getByRole('button', { name: /^Remove best customer \d+$/ }).click();
  }
}
