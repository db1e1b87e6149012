/** The facilitation tools reachable from every phase: parking lot, sticky notes, votes. */
import type { Locator, Page } from 'playwright-core';

export class FacilitationPage {
  constructor(readonly page: Page) {}

  get dock(): Locator {
    return this.page.getByTestId('facilitation-dock');
  }

  get parkingLotDrawer(): Locator {
    return this.page.getByTestId('parking-lot-drawer');
  }

  get parkingLotCount(): Locator {
    return this.page.getByTestId('parking-lot-count');
  }

  /** Parks a topic with the keyboard shortcut, Enter, and Escape to close the drawer. */
  async parkTopic(text: string): Promise<void> {
    await this.page.keyboard.press('Control+Shift+L');
    await this.parkingLotDrawer.waitFor();
    const before = await this.parkingLotDrawer.locator('.park-list__item').count();
    // The caret is already in the field: type straight away, as a facilitator does.
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    await this.parkingLotDrawer.locator('.park-list__item').nth(before).waitFor();
    await this.page.keyboard.press('Escape');
    await this.parkingLotDrawer.waitFor({ state: 'detached' });
  }

  get notesPanel(): Locator {
    return this.page.getByTestId('notes-panel');
  }

  get notes(): Locator {
    return this.page.getByTestId('sticky-note');
  }

  note(text: string): Locator {
    return this.notes.filter({ has: this.page.locator('textarea', { hasText: text }) });
  }

  /** Opens the notes panel with its shortcut and adds a note with Enter. */
  async addNote(text: string): Promise<Locator> {
    await this.page.keyboard.press('Control+Shift+K');
    const input = this.notesPanel.getByLabel('New sticky note');
    await input.waitFor();
    await this.page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'newNote');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    const note = this.note(text);
    await note.waitFor();
    return note;
  }

  /** Turns a note into an action, a stage, an activity or a criterion (target: the visible name of the stage or definition). */
  async convertNote(text: string, into: 'an action' | 'a stage' | 'an activity' | 'a lead-definition criterion', target?: string): Promise<void> {
    const note = this.note(text);
    await note.getByRole('button', { name: /^Turn into… / }).click();
    await note.getByLabel('Turn into').selectOption({ label: into });
    if (target) await note.getByLabel(/^In (stage|definition)$/).selectOption({ label: target });
    await note.getByRole('button', { name: /^Turn into / }).click();
    await note.waitFor({ state: 'detached' });
  }

  get voteDialog(): Locator {
    return this.page.getByTestId('vote-dialog');
  }

  async openVote(): Promise<Locator> {
    await this.dock.getByRole('button', { name: /^Vote/ }).click();
    await this.voteDialog.waitFor();
    return this.voteDialog;
  }

  /** Opens the dialog on its first screen (with one vote running, it opens on that vote). */
  async openNewVote(): Promise<Locator> {
    const dialog = await this.openVote();
    const back = dialog.getByRole('button', { name: 'All votes' });
    if (await back.isVisible()) await back.click();
    await dialog.getByTestId('new-vote').waitFor();
    return dialog;
  }

  async startFistOfFive(question: string): Promise<void> {
    const dialog = await this.openNewVote();
    await dialog.getByRole('radio', { name: /Fist of five/ }).check();
    await dialog.getByLabel('Question').focus();
    await this.page.keyboard.type(question);
    await this.page.keyboard.press('Enter');
    await dialog.getByTestId('fist-hands').waitFor();
  }

  /** Records hands with the number keys, waiting for each to come back from the host. */
  async recordHands(hands: number[]): Promise<void> {
    const counter = this.voteDialog.getByTestId('fist-hands');
    const start = Number((await counter.textContent())!.split(' ')[0]);
    for (const [i, hand] of hands.entries()) {
      await this.page.keyboard.press(String(hand));
      await this.voteDialog.getByTestId('fist-hands').getByText(new RegExp(`^${start + i + 1} hands?$`)).waitFor();
    }
  }

  async startDotVote(question: string, options: string[]): Promise<void> {
    const dialog = await this.openNewVote();
    await dialog.getByRole('radio', { name: /Dot vote/ }).check();
    await dialog.getByLabel('Question').fill(question);
    await dialog.getByLabel('Question').press('Enter');
    for (const [i, option] of options.entries()) {
      await this.page.keyboard.type(option);
      if (i < options.length - 1) await this.page.keyboard.press('Enter');
    }
    await dialog.getByRole('button', { name: 'Start dot vote' }).click();
    await dialog.getByTestId('dot-options').waitFor();
  }

  dotCount(option: string): Locator {
    return this.voteDialog.getByTestId('dot-option').filter({ hasText: option }).getByTestId('dot-count');
  }

  async closeAndRecord(): Promise<void> {
    await this.voteDialog.getByRole('button', { name: 'Close and record' }).click();
    await this.voteDialog.waitFor({ state: 'detached' });
  }
}
