/** The version 9 fixture: a check-in of the sample workshop, two actions reviewed, one hand-off's numbers recorded. */
import { readFileSync } from 'node:fs';
import { parseWorkshopText } from '../../src/domain/parseWorkshop';
import type { Workshop } from '../../src/domain/workshopSchema';

export function checkInFixture(): Workshop {
  const outcome = parseWorkshopText(readFileSync(new URL('../fixtures/schema-v9.accord.json', import.meta.url), 'utf8'));
  if (outcome.kind !== 'ok') throw new Error(`the v9 fixture does not read: ${JSON.stringify(outcome).slice(0, 300)}`);
  return outcome.workshop;
}
