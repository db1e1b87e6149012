/** The Operating rhythm phase: sponsors, meetings, insight loops, rotations, glossary. */
import type { Locator, Page } from 'playwright-core';

export type RhythmSection = 'sponsors' | 'meetings' | 'insight-loops' | 'rotations' | 'glossary';

export class RhythmPage {
  constructor(readonly page: Page) {}

  section(id: RhythmSection): Locator {
    return this.page.getByTestId(id);
  }

  cards(id: RhythmSection): Locator {
    const card = { sponsors: 'sponsor-card', meetings: 'meeting-card', 'insight-loops': 'insight-loop-card', rotations: 'rotation-card', glossary: 'glossary-card' }[id];
    return this.section(id).getByTestId(card);
  }

  field(card: Locator, name: string): Locator {
    return card.locator(`[name="${name}"]`);
  }
}
