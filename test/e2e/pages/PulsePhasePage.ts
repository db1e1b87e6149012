/** The Pulse phase: the keyboard-first score grid, the statements and the result chart. */
import type { Locator, Page } from 'playwright-core';

export class PulsePhasePage {
  constructor(readonly page: Page) {}

  get grid(): Locator {
    return this.page.getByTestId('score-grid');
  }

  row(participantName: string): Locator {
    return this.page.getByTestId('score-row').filter({ has: this.page.getByRole('rowheader', { name: participantName }) });
  }

  /** The cell of a participant for a statement (1-based, as numbered on screen). */
  cell(participantName: string, statement: number): Locator {
    return this.row(participantName).locator(`td[data-col="${statement - 1}"]`);
  }

  /** The scores shown in a participant's row, '' where none. */
  async rowScores(participantName: string): Promise<string[]> {
    return this.row(participantName)
      .locator('td[data-col]')
      .evaluateAll((cells) => cells.map((cell) => (cell.textContent ?? '').replace('·', '').trim()));
  }

  get progress(): Locator {
    return this.page.getByTestId('pulse-progress');
  }

  statement(number: number): Locator {
    return this.page.getByLabel(`Statement ${number}`, { exact: true });
  }

  get chartItems(): Locator {
    return this.page.getByTestId('pulse-results').getByTestId('pulse-chart-item');
  }

  /** Statement texts in chart order (biggest gap first) with their gaps. */
  async chartOrder(root: Page | Locator = this.page.getByTestId('pulse-results')): Promise<{ text: string; gap: number }[]> {
    return root.getByTestId('pulse-chart-item').evaluateAll((items) =>
      items.map((item) => ({
        text: (item.querySelector('.pulse-chart__statement')?.textContent ?? '').replace(/^Statement \d+: /, ''),
        gap: Number(item.getAttribute('data-gap')),
      })),
    );
  }
}
