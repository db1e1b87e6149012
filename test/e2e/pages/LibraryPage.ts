/** The library screen, driven by role and test id. Works on any Playwright Page (browser or Electron window). */
import type { Download, Locator, Page } from 'playwright-core';

export class LibraryPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('library');
  }

  get cards(): Locator {
    return this.page.getByTestId('workshop-card');
  }

  /** The card whose title is exactly `title`. */
  card(title: string): Locator {
    return this.cards.filter({ has: this.page.getByTestId('workshop-title').getByText(title, { exact: true }) });
  }

  get importProblem(): Locator {
    return this.page.getByTestId('import-problem');
  }

  get importRejections(): Locator {
    return this.page.getByTestId('import-rejections').locator('li');
  }

  async waitForLoaded(): Promise<void> {
    await this.root.waitFor();
    await this.page.getByText(/workshops? on this computer/).waitFor();
  }

  /** Shows the library from wherever the app is (the host may have reopened a workshop). */
  async show(): Promise<void> {
    const back = this.page.getByRole('button', { name: 'Library', exact: true });
    await Promise.race([this.root.waitFor(), back.waitFor()]);
    if (await back.isVisible()) await back.click();
    await this.waitForLoaded();
  }

  async titles(): Promise<string[]> {
    return this.page.getByTestId('workshop-title').allTextContents();
  }

  async open(title: string): Promise<void> {
    await this.card(title).getByRole('button', { name: `Open ${title}` }).click();
    await this.page.getByTestId('workshop-shell').waitFor();
  }

  /** Creates a workshop through the "New workshop" dialog; `start` is a template's visible name or "Sample workshop". */
  async createWorkshop(title: string, start: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New workshop' }).first().click();
    const dialog = this.page.getByTestId('new-workshop-dialog');
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByRole('radio', { name: new RegExp(`^${escapeRegExp(start)}`) }).check();
    await dialog.getByRole('button', { name: 'Create workshop' }).click();
    await this.page.getByTestId('workshop-shell').waitFor();
  }

  async rename(title: string, newTitle: string): Promise<void> {
    await this.card(title).getByRole('button', { name: `Rename ${title}` }).click();
    const dialog = this.page.getByTestId('rename-dialog');
    await dialog.getByLabel('Title').fill(newTitle);
    await dialog.getByLabel('Title').press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await this.card(newTitle).waitFor();
  }

  async duplicate(title: string): Promise<void> {
    await this.card(title).getByRole('button', { name: `Duplicate ${title}` }).click();
  }

  /** Opens the delete confirmation and returns its dialog, to confirm or cancel. */
  async askToDelete(title: string): Promise<Locator> {
    await this.card(title).getByRole('button', { name: `Delete ${title}` }).click();
    const dialog = this.page.getByTestId('delete-dialog');
    await dialog.waitFor();
    return dialog;
  }

  async delete(title: string): Promise<void> {
    const dialog = await this.askToDelete(title);
    await dialog.getByRole('button', { name: 'Delete workshop' }).click();
    await this.card(title).waitFor({ state: 'detached' });
  }

  async export(title: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.card(title).getByRole('button', { name: `Export ${title}` }).click();
    return download;
  }

  async importFile(file: { name: string; mimeType: string; buffer: Buffer } | string): Promise<void> {
    await this.page.getByTestId('import-file-input').setInputFiles(file);
  }

  /** A toast of a kind ('success' | 'error' | 'info'), optionally the one containing `text`. */
  toast(kind: 'success' | 'error' | 'info', text?: string | RegExp): Locator {
    const toasts = this.page.getByTestId(`toast-${kind}`);
    return (text ? toasts.filter({ hasText: text }) : toasts).last();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
