/** The Setup phase: workshop details and the participants table. */
import type { Locator, Page } from 'playwright-core';

export type SetupField = 'Workshop title' | 'Company' | 'Facilitator' | 'Date' | 'Venue';

export class SetupPhasePage {
  constructor(readonly page: Page) {}

  field(label: SetupField): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async fill(label: SetupField, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  /** Types key by key, the way a facilitator does, to exercise the round trip per keystroke. */
  async type(label: SetupField, value: string): Promise<void> {
    const input = this.field(label);
    await input.fill('');
    await input.pressSequentially(value);
  }

  get rows(): Locator {
    return this.page.getByTestId('participant-row');
  }

  row(index: number): Locator {
    return this.rows.nth(index);
  }

  nameInput(index: number): Locator {
    return this.row(index).locator('input[name="name"]');
  }

  /** Adds a participant with the "Add participant" button and fills in the new row. */
  async addParticipant(person: { name: string; jobTitle?: string; team?: string }): Promise<Locator> {
    const before = await this.rows.count();
    await this.page.getByRole('button', { name: 'Add participant' }).click();
    const row = this.row(before);
    await row.waitFor();
    await row.locator('input[name="name"]').fill(person.name);
    if (person.jobTitle) await row.locator('input[name="jobTitle"]').fill(person.jobTitle);
    if (person.team) await row.locator('select[name="teamId"]').selectOption({ label: person.team });
    return row;
  }

  async removeParticipant(index: number): Promise<void> {
    await this.row(index).getByRole('button', { name: /^Remove / }).click();
  }
}

/** Setup's planning panels: teams, agenda and the buying-process template. */
export class SetupPlanningPage {
  constructor(readonly page: Page) {}

  get teamRows(): Locator {
    return this.page.getByTestId('team-row');
  }

  teamNameInput(index: number): Locator {
    return this.teamRows.nth(index).locator('input');
  }

  async addTeam(name: string): Promise<void> {
    const before = await this.teamRows.count();
    await this.page.getByRole('button', { name: 'Add team' }).click();
    const input = this.teamNameInput(before);
    await input.waitFor();
    await input.fill(name);
  }

  removeTeamButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Remove the team ${name}`, exact: true });
  }

  get teamRefusal(): Locator {
    return this.page.getByTestId('team-refusal');
  }

  get agendaRows(): Locator {
    return this.page.getByTestId('agenda-row');
  }

  /** Phase ids in agenda order. */
  async agendaOrder(): Promise<string[]> {
    return this.agendaRows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-agenda-phase') ?? ''));
  }

  includeSwitch(label: string): Locator {
    return this.page.getByRole('switch', { name: `Include ${label}`, exact: true });
  }

  timeBox(label: string): Locator {
    return this.page.getByLabel(`Time box for ${label} in minutes`, { exact: true });
  }

  moveEarlier(label: string): Locator {
    return this.page.getByRole('button', { name: `Move ${label} earlier`, exact: true });
  }

  moveLater(label: string): Locator {
    return this.page.getByRole('button', { name: `Move ${label} later`, exact: true });
  }

  get dayLength(): Locator {
    return this.page.getByLabel('Length of the day in minutes', { exact: true });
  }

  async totalMinutes(): Promise<number> {
    return Number(await this.page.getByTestId('agenda-total-minutes').getAttribute('data-minutes'));
  }

  get overWarning(): Locator {
    return this.page.getByTestId('agenda-over');
  }

  get templateName(): Locator {
    return this.page.getByTestId('template-name');
  }
}
