/** The Responsibilities phase: stage picker, RACI matrix per stage, live checks, swimlanes. */
import type { Locator, Page } from 'playwright-core';

export type Role = 'R' | 'A' | 'C' | 'I';
const ROLE_WORDS: Record<Role, string> = { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' };

export class ResponsibilitiesPage {
  constructor(readonly page: Page) {}

  get checks(): Locator {
    return this.page.getByTestId('check-summary');
  }

  /** How many problems the checks count in total. */
  async problemTotal(): Promise<number> {
    return Number(await this.checks.getAttribute('data-total'));
  }

  /** One read of the page: the chip can go between two reads, and a second read would wait for it. */
  async count(kind: string): Promise<number> {
    return this.page.getByTestId(`check-${kind}`).evaluateAll((chips) => Number(chips[0]?.querySelector('.raci-checks__count')?.textContent ?? 0));
  }

  async pickStage(name: string): Promise<void> {
    await this.page.getByTestId('stage-pick').filter({ hasText: name }).click();
    await this.page.locator('[data-testid="stage-matrix"] h3', { hasText: name }).waitFor();
  }

  get matrix(): Locator {
    return this.page.getByTestId('stage-matrix');
  }

  get rows(): Locator {
    return this.page.getByTestId('activity-row');
  }

  /** The row whose name field holds `name` (textarea values are not text, so match by value). */
  async rowIndex(name: string): Promise<number> {
    return this.rows.evaluateAll((rows, wanted) => rows.findIndex((r) => (r.querySelector('textarea[name="activityName"]') as HTMLTextAreaElement).value === wanted), name);
  }

  async rowByName(name: string): Promise<Locator> {
    return this.rows.nth(await this.rowIndex(name));
  }

  toggle(row: Locator, team: string, role: Role): Locator {
    return row.getByRole('button', { name: `${ROLE_WORDS[role]}: ${team}`, exact: true });
  }

  async addActivity(name: string): Promise<Locator> {
    const before = await this.rows.count();
    await this.page.getByRole('button', { name: 'Add activity' }).click();
    const row = this.rows.nth(before);
    await row.waitFor();
    await row.locator('textarea[name="activityName"]').pressSequentially(name);
    return row;
  }

  async showSwimlanes(): Promise<void> {
    await this.page.getByRole('button', { name: 'Swimlanes', exact: true }).click();
    await this.page.getByTestId('swimlanes').waitFor();
  }

  async showMatrix(): Promise<void> {
    await this.page.getByRole('button', { name: 'Matrix', exact: true }).click();
  }

  lane(teamId: string): Locator {
    return this.page.locator(`[data-testid="swimlane"][data-team-id="${teamId}"]`);
  }
}
