import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followPauses, type WhenIdle } from '../../src/app/presenter/followPauses';

describe('followPauses', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** An idle moment that comes 5 ms after it is asked for. */
  const soonIdle: WhenIdle = (run) => {
    const timer = setTimeout(run, 5);
    return () => clearTimeout(timer);
  };
  const follower = () => {
    const inputs = new EventTarget();
    const apply = vi.fn();
    return { inputs, apply, ...followPauses({ quietMs: 250, inputs, whenIdle: soonIdle, apply }) };
  };

  /** The quiet wait (250 ms) and the idle moment (5 ms) after the last change or input, and not a millisecond sooner. */
  const appliesOnceAQuietWaitAndAnIdleMomentLater = (apply: ReturnType<typeof vi.fn>) => {
    vi.advanceTimersByTime(254);
    expect(apply).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(apply).toHaveBeenCalledTimes(1);
  };

  it('applies once, after the last of several changes has been quiet long enough', () => {
    const f = follower();
    f.changed();
    vi.advanceTimersByTime(200);
    f.changed();
    appliesOnceAQuietWaitAndAnIdleMomentLater(f.apply);
    vi.advanceTimersByTime(10_000);
    expect(f.apply).toHaveBeenCalledTimes(1);
  });

  it('waits again after a key, a press or a release while a change is pending, so the picture does not land between a press and its click', () => {
    const f = follower();
    f.changed();
    vi.advanceTimersByTime(200);
    f.inputs.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(200);
    f.inputs.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(200);
    f.inputs.dispatchEvent(new Event('pointerup'));
    appliesOnceAQuietWaitAndAnIdleMomentLater(f.apply);
  });

  it('cancels an idle moment already asked for when the console is used again', () => {
    const f = follower();
    f.changed();
    vi.advanceTimersByTime(252);
    f.inputs.dispatchEvent(new Event('pointerdown'));
    appliesOnceAQuietWaitAndAnIdleMomentLater(f.apply);
  });

  it('does nothing on input when nothing changed', () => {
    const f = follower();
    f.inputs.dispatchEvent(new Event('pointerdown'));
    f.inputs.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(10_000);
    expect(f.apply).not.toHaveBeenCalled();
  });
});
