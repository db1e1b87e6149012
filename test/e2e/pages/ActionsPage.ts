/** The Actions phase: the action table, the parking lot review and the decisions log. */
import type { Locator, Page } from 'playwright-core';

export class ActionsPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('actions-phase');
  }

  get rows(): Locator {
    return this.page.getByTestId('action-row');
  }

  row(index: number): Locator {
    return this.rows.nth(index);
  }

  /** The row whose title is exactly `title`. */
  rowTitled(title: string): Locator {
    return this.rows.filter({ has: this.page.locator(`input[name="title"][value="${title.replace(/"/g, '\\"')}"]`) });
  }

  title(index: number): Locator {
    return this.row(index).locator('input[name="title"]');
  }

  owner(index: number): Locator {
    return this.row(index).locator('select[name="owner"]');
  }

  due(index: number): Locator {
    return this.row(index).locator('input[name="due"]');
  }

  status(index: number): Locator {
    return this.row(index).locator('select[name="status"]');
  }

  /** Where the action came from: a stage of the buying process or a topic of the day. */
  from(index: number): Locator {
    return this.row(index).locator('select[name="from"]');
  }

  async addAction(): Promise<Locator> {
    const before = await this.rows.count();
    await this.page.getByRole('button', { name: 'Add action' }).click();
    await this.row(before).waitFor();
    return this.row(before);
  }

  /**
   * Fills the focused row like a facilitator at the keyboard: title, Tab, owner by typing the
   * first letters of the name, Tab, due date as digits (mm dd yyyy), Tab, status, and Enter,
   * which starts the next action.
   */
  async typeRow(action: { title: string; ownerTypeahead: string; dueDigits: string }): Promise<void> {
    const keyboard = this.page.keyboard;
    await keyboard.type(action.title);
    await keyboard.press('Tab');
    await keyboard.type(action.ownerTypeahead);
    await keyboard.press('Tab');
    await keyboard.type(action.dueDigits);
    await keyboard.press('Tab');
    await keyboard.press('Enter');
  }

  get parkedItems(): Locator {
    return this.page.getByTestId('parked-item');
  }

  get decisions(): Locator {
    return this.page.getByTestId('decision');
  }

  async titles(): Promise<string[]> {
    return this.rows.locator('input[name="title"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  }
}
