import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/applyCommand';
import { parseWorkshopText } from '../../src/domain/parseWorkshop';
import { describeRejection } from '../../src/domain/validationMessages';
import { longText, shortText } from '../../src/domain/workshopSchema';
import { aWorkshop, T0, aContext } from '../helpers/domainBuilders';

const CONTROLS = { NUL: '\u0000', BEL: '\u0007', ESC: '\u001b', DEL: '\u007f', NEL: '\u0085', CSI: '\u009b' };

describe('text fields and control characters', () => {
  it.each(Object.entries(CONTROLS))('refuse %s in one-line and multi-line text', (_name, control) => {
    expect(shortText.safeParse(`Kestrel${control}day`).success).toBe(false);
    expect(longText.safeParse(`Kestrel${control}day`).success).toBe(false);
  });

  it('allow tabs everywhere and line breaks only in multi-line text', () => {
    expect(shortText.safeParse('Kestrel\tday').success).toBe(true);
    expect(longText.safeParse('First line\r\nsecond\tline\nthird').success).toBe(true);
    expect(shortText.safeParse('Two\nlines').success).toBe(false);
    expect(shortText.safeParse('Grüße, 東京, emoji 🎯').success).toBe(true);
  });

  it('a command that would store one is refused with a readable message', () => {
    const result = applyCommand(aWorkshop(), { type: 'updateSetup', patch: { title: 'Alignment\u0007 day' } }, aContext(T0));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeRejection(result.rejection)).toMatch(/title.*must be one line of text, without line breaks or control characters \(such as NUL, BEL or ESC\)/);
  });

  it('an older file that holds some still opens, with them removed and line breaks in one-line fields made spaces', () => {
    const workshop = aWorkshop();
    const older = {
      ...workshop,
      setup: { ...workshop.setup, title: 'Alignment\u0000 day\u001b[31m', company: 'Kestrel\nFleet' },
      stages: workshop.stages.map((stage, index) => (index === 0 ? { ...stage, customerGoal: 'Learn\u0007 more\nabout us' } : stage)),
    };
    const outcome = parseWorkshopText(JSON.stringify(older));
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    expect(outcome.workshop.setup.title).toBe('Alignment day[31m');
    expect(outcome.workshop.setup.company).toBe('Kestrel Fleet');
    expect(outcome.workshop.stages[0]!.customerGoal).toBe('Learn more\nabout us');
  });
});
