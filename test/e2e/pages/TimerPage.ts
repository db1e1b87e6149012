/** The agenda timer under the phase bar, and its corner clock on the projector. */
import type { Locator, Page } from 'playwright-core';

export class TimerPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('agenda-timer');
  }

  async remainingSeconds(): Promise<number> {
    return Number(await this.page.getByTestId('timer-remaining').getAttribute('data-seconds'));
  }

  async tone(): Promise<string | null> {
    return this.root.getAttribute('data-tone');
  }

  async running(): Promise<boolean> {
    return (await this.root.getAttribute('data-running')) === 'true';
  }

  get status(): Locator {
    return this.page.getByTestId('timer-status');
  }

  button(name: 'Start' | 'Resume' | 'Pause' | '+5 min' | 'Reset the timer'): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  /** The projector's corner clock (on the projector page). */
  static projectorClock(projector: Page): Locator {
    return projector.getByTestId('projector-timer');
  }
}
