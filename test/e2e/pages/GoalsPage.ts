/** The Goals & incentives phase: shared goals, team metrics, incentives and the gentle hints. */
import type { Locator, Page } from 'playwright-core';

export class GoalsPage {
  constructor(readonly page: Page) {}

  section(testId: 'shared-goals' | 'team-metrics' | 'incentives'): Locator {
    return this.page.getByTestId(testId);
  }

  goalCards(section: 'shared-goals' | 'team-metrics'): Locator {
    return this.section(section).getByTestId('goal-card');
  }

  get incentiveCards(): Locator {
    return this.page.getByTestId('incentive-card');
  }

  field(card: Locator, name: string): Locator {
    return card.locator(`[name="${name}"]`);
  }

  teamChip(card: Locator, team: string): Locator {
    return card.getByRole('button', { name: team, exact: true });
  }

  get hintAllShared(): Locator {
    return this.page.getByTestId('hint-all-shared');
  }

  get hintNoSharedGoal(): Locator {
    return this.page.getByTestId('hint-no-shared-goal');
  }
}
