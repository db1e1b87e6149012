/**
 * The in-page probes every interaction figure uses, and the statistics the benches share.
 *
 * Input to paint: a capturing listener of the input event starts a requestAnimationFrame
 * chain at once; each frame checks whether the DOM shows the change, and the first frame that
 * does is the one that paints it. The time is taken in a task queued from that frame's
 * callback, which runs once the frame has been drawn. (A `setTimeout(0)` readiness check
 * started from the event instead would run only after the first frame, because Chromium
 * defers timer tasks after input until a frame is drawn: such a probe measures the second
 * frame, ≈ 33 ms for a bare input at 60 Hz where this one measures ≈ one frame.)
 *
 * Peer paint (projector sync): the input page records when its input happened, another page
 * watches for the change the same way; both times are read on the shared clock
 * (`performance.timeOrigin + …`), so they can be subtracted across pages.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './measureRenderer';

function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * A page with the probe, alone in a browser of its own. Headless Chromium gives full-rate
 * frames only to a browser's front page: a page left behind another (the floor's, say) sees its
 * frames come hundreds of milliseconds late after an input, so every page measured while
 * another is also in use gets its own browser, as every window has its own screen in the room.
 */
export async function soloPage(): Promise<{ page: Page; close(): Promise<void> }> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript(PROBE_SCRIPT);
  return { page: await context.newPage(), close: () => browser.close() };
}

/**
 * When the change shows: `selector` exists, and its value (or text, with `text`) reached
 * `minLength`, or its `attribute` left `notValue`, or equals `value`; `without` names an
 * attribute the element's closest `withoutScope` ancestor (or the element) must not carry.
 */
interface ReadySpec {
  selector: string;
  minLength?: number;
  text?: boolean;
  attribute?: string;
  notValue?: string | null;
  value?: string;
  without?: { scope: string; attribute: string };
  /** For a canvas (`selector`): more inked pixels in this rectangle (CSS pixels of its box) than when armed. */
  ink?: { x: number; y: number; w: number; h: number };
}

/** Installed in every page of a context (addInitScript): conditions come as data, since the app's CSP forbids eval. */
const PROBE_SCRIPT = `
  (() => {
    let armed = null;
    let watching = null;
    let marksSeen = 0;
    /** Inked pixels (alpha > 0) of a canvas in a rectangle given in CSS pixels of its box. */
    const inkIn = (spec) => {
      const canvas = document.querySelector(spec.selector);
      if (!canvas) return -1;
      const box = canvas.getBoundingClientRect();
      const sx = canvas.width / box.width;
      const sy = canvas.height / box.height;
      const { x, y, w, h } = spec.ink;
      const data = canvas.getContext('2d').getImageData(Math.max(0, Math.floor(x * sx)), Math.max(0, Math.floor(y * sy)), Math.max(1, Math.ceil(w * sx)), Math.max(1, Math.ceil(h * sy))).data;
      let inked = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked++;
      return inked;
    };
    const readyFrom = (spec) => {
      // A canvas shows the change when the rectangle holds more ink than when the probe was armed.
      if (spec.ink) {
        const before = inkIn(spec);
        return () => inkIn(spec) > before;
      }
      let marked = false;
      return () => {
        const el = document.querySelector(spec.selector);
        if (!el) return false;
        if (spec.without) {
          const scope = el.closest(spec.without.scope) ?? el;
          if (scope.hasAttribute(spec.without.attribute)) {
            if (!marked) marksSeen++;
            marked = true;
            return false;
          }
        }
        if (spec.minLength !== undefined) return (spec.text ? el.textContent : el.value).length >= spec.minLength;
        if (spec.value !== undefined) return el.getAttribute(spec.attribute) === spec.value;
        if (spec.attribute !== undefined) return el.getAttribute(spec.attribute) !== spec.notValue;
        return true;
      };
    };
    const deferred = () => {
      let resolve;
      const promise = new Promise((r) => { resolve = r; });
      return { promise, resolve };
    };
    /** Resolves with the time after the first frame in which ready() holds has been drawn. */
    const untilPainted = (ready) => {
      const done = deferred();
      const frame = () => {
        if (!ready()) { requestAnimationFrame(frame); return; }
        // This frame paints the change; a task queued now runs once it has been drawn.
        setTimeout(() => done.resolve(performance.now()), 0);
      };
      requestAnimationFrame(frame);
      return done.promise;
    };
    const onInput = (event) => {
      if (!armed || armed.started || event.type !== armed.kind || !event.isTrusted) return;
      const probe = armed;
      probe.started = true;
      armed = null;
      // For a peer measurement this page only notes when the input happened, on the shared clock.
      if (!probe.ready) return probe.done.resolve(performance.timeOrigin + event.timeStamp);
      untilPainted(probe.ready).then((at) => probe.done.resolve(at - event.timeStamp));
    };
    for (const kind of ['keydown', 'click', 'pointermove']) window.addEventListener(kind, onInput, true);
    let measured = null;
    /** Measures the next input of this kind in this page, to the first frame that shows spec (spec null: only its time). */
    window.__benchArm = (kind, spec) => {
      armed = { kind, started: false, ready: spec ? readyFrom(spec) : null, done: deferred() };
      measured = armed.done.promise;
    };
    window.__benchMeasured = () => measured;
    /** Watches this page (a peer) for spec from now on; __benchPainted gives when its first frame was drawn, on the shared clock. */
    window.__benchWatch = (spec) => {
      watching = untilPainted(readyFrom(spec)).then((at) => performance.timeOrigin + at);
    };
    window.__benchPainted = () => watching;
    /** How many measurements saw their \`without\` attribute at some frame (proof that it is set at all). */
    window.__benchMarksSeen = () => marksSeen;
  })();`;

interface ProbeWindow {
  __benchArm(kind: string, ready: ReadySpec | null): void;
  __benchMeasured(): Promise<number>;
  __benchWatch(ready: ReadySpec): void;
  __benchPainted(): Promise<number>;
  __benchMarksSeen(): number;
}

type InputKind = 'keydown' | 'click' | 'pointermove';

/** One interaction: what shows that it is done, and the input that causes it. */
export interface Interaction {
  ready: ReadySpec;
  act: () => Promise<void>;
}

/** Time between inputs, as between real keystrokes: lets a host's echo and autosave bookkeeping land. */
const PAUSE_MS = 30;

const TIMEOUT_MS = 60_000;

/** A sample that never comes (the input missed, the app broke) stops the bench with the reason instead of hanging it. */
function inTime<T>(promise: Promise<T>, ready: ReadySpec): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`No frame showed ${JSON.stringify(ready)} within ${TIMEOUT_MS / 1000} s.`)), TIMEOUT_MS);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** How long a click's button stays down, as a person's does. */
const PRESS_MS = 100;

/** Resolves once the page has drawn a frame (a task queued from a frame callback runs after it). */
function frameDrawn(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((drawn) => requestAnimationFrame(() => setTimeout(drawn, 0))));
}

/**
 * Scrolls `selector` into view and returns a click at its centre: mouse events sent directly,
 * without Playwright's actionability checks, which wait two animation frames per click and would add
 * minutes to the bench. (What the click causes is checked by each sample's ready condition.)
 * When it had to scroll, it waits until the scroll has been handled (its scroll event comes with
 * the next frame, and the page's answer to it, such as the matrix's row window, with it):
 * otherwise that work would land in the click's frame, and the sample would measure the scroll.
 *
 * The click is shaped as a person's: the pointer arrives and its hover is drawn, then the button
 * goes down, and comes up a press later. `mouse.click` sends the three back to back: they then
 * reach the page in one task, and the click, timed from the release, also carries the hover and
 * focus changes that a person has long seen drawn before letting go. And a release sent just
 * after a drawn frame waits for the display's next tick (up to 16.7 ms) before its frame can
 * start, where a release after a person's press (about 100 ms) finds the display idle and gets
 * its frame at once, as the floor's keystroke does.
 */
export async function clickOn(page: Page, selector: string): Promise<() => Promise<void>> {
  const point = await page.locator(selector).evaluate(async (el) => {
    const before = el.getBoundingClientRect();
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const scrolled = el.getBoundingClientRect();
    if (scrolled.x !== before.x || scrolled.y !== before.y) await new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled)));
    // Read again: the page's answer to the scroll may have moved it.
    const box = el.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
  return async () => {
    await page.mouse.move(point.x, point.y);
    await frameDrawn(page);
    await page.mouse.down();
    await frameDrawn(page);
    await page.waitForTimeout(PRESS_MS);
    await page.mouse.up();
  };
}

/** Measures one interaction with the in-page probe: input event to the first frame that shows the change, in ms. */
export async function measureOnce(page: Page, kind: InputKind, interaction: Interaction): Promise<number> {
  await page.evaluate(({ k, r }) => (window as unknown as ProbeWindow).__benchArm(k, r), { k: kind, r: interaction.ready });
  await interaction.act();
  const ms = await inTime(page.evaluate(() => (window as unknown as ProbeWindow).__benchMeasured(), null), interaction.ready);
  await page.waitForTimeout(PAUSE_MS);
  return ms;
}

/** How many measurements in `page` saw their `without` attribute on screen before it went: zero means it is never set. */
export function marksSeen(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__benchMarksSeen());
}

/** An input in `inputPage` to the first frame of `peerPage` that shows the change, in ms. */
export async function measurePeerOnce(inputPage: Page, peerPage: Page, kind: InputKind, interaction: Interaction): Promise<number> {
  await peerPage.evaluate((r) => (window as unknown as ProbeWindow).__benchWatch(r), interaction.ready);
  await inputPage.evaluate((k) => (window as unknown as ProbeWindow).__benchArm(k, null), kind);
  await interaction.act();
  const paintedAt = await inTime(peerPage.evaluate(() => (window as unknown as ProbeWindow).__benchPainted(), null), interaction.ready);
  const inputAt = await inputPage.evaluate(() => (window as unknown as ProbeWindow).__benchMeasured(), null);
  await inputPage.waitForTimeout(PAUSE_MS);
  return paintedAt - inputAt;
}

/**
 * Runs `count` rounds; in each, every series measures one sample in turn, so that machine
 * noise (this machine is shared) falls on a figure and its floor alike.
 */
export async function interleave<K extends string>(count: number, series: Record<K, (i: number) => Promise<number>>): Promise<Record<K, number[]>> {
  const keys = Object.keys(series) as K[];
  const out = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < count; i++) for (const k of keys) out[k].push(await series[k](i));
  return out;
}
