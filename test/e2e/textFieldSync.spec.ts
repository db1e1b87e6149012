/**
 * A text field holds what is typed in the page itself (useDraftValue: no render per key) and
 * follows the host whenever a change is not its own: another window's edit, undo, redo.
 */
import { describe, expect, it } from 'vitest';
import { useSampleWorkshop } from './support/useSampleWorkshop';

describe('a text field bound to the host', () => {
  const room = useSampleWorkshop({ phase: 'setup', client: true });

  it('shows another window’s edit while it has the focus, and takes typing again after it', async () => {
    const { page, workshop } = room.app;
    const venue = room.app.setup.field('Venue');
    await venue.click();
    await page.keyboard.press('End');
    await page.keyboard.type(', 2nd floor');
    await workshop.waitForSaved();
    // Another window (a client of the same host) changes the same field.
    await room.client.api.dispatch({ type: 'updateSetup', patch: { venue: 'Lakeside Pavilion' } });
    await expect.poll(() => venue.inputValue()).toBe('Lakeside Pavilion');
    expect(await venue.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('End');
    await page.keyboard.type(', Hall B');
    await expect.poll(async () => (await room.client.api.getSession())!.workshop.setup.venue).toBe('Lakeside Pavilion, Hall B');
    expect(await venue.inputValue()).toBe('Lakeside Pavilion, Hall B');
  });

  it('keeps the counter near the limit in step with a value set by the host', async () => {
    const { page } = room.app;
    const venue = room.app.setup.field('Venue');
    const hint = page.getByTestId('length-hint');
    expect(await hint.count()).toBe(0);
    await room.client.api.dispatch({ type: 'updateSetup', patch: { venue: 'V'.repeat(290) } });
    await expect.poll(() => hint.textContent()).toBe('290/300');
    await room.client.api.dispatch({ type: 'updateSetup', patch: { venue: 'Back to short' } });
    await expect.poll(() => hint.count()).toBe(0);
    expect(await venue.inputValue()).toBe('Back to short');
  });
});
