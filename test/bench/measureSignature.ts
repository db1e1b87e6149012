/**
 * signature-stroke-p95: while a participant signs, a pointer move on the signature pad to the
 * first frame whose canvas shows new ink, against the bare input floor (typing into a plain
 * input on a bare page, as the other local interactions). The pen is held down across the
 * samples and zigzags over the pad; the ink is looked for around the last three points, because
 * the pad's smoothing draws each curve segment one point behind the pointer.
 */
import { join, resolve } from 'node:path';
import { createAccordHost } from '../../electron/host/accordHost';
import { startWebServer } from '../../electron/host/web/startWebServer';
import { signoffWarnings } from '../../src/domain/signoff';
import type { SessionSnapshot, WorkshopSummary } from '../../src/shared/accordApi';
import { figure, floorFigure } from './figures';
import { interleave, measureOnce, soloPage } from './probe';
import type { BenchResult } from './runBench';

const RENDERER_DIR = resolve(process.env.ACCORD_OUT_DIR ?? 'out', 'renderer');
const SAMPLES = 120;
const SPONSOR = 'Marguerite Fontaine';
/** Horizontal step of each move, in CSS pixels: about what a hand covers between two pointer events. */
const STEP = 6;

export async function measureSignature(work: string): Promise<BenchResult[]> {
  const host = await createAccordHost({ dataDir: join(work, 'signature-data'), seedSample: false });
  const sample = (await host.call('createWorkshop', [{ title: '', templateId: 'sample' }])) as WorkshopSummary;
  const snapshot = (await host.call('openWorkshop', [sample.id])) as SessionSnapshot;
  // The room has accepted the open points, so the sponsor can sign.
  await host.call('dispatch', [{ type: 'acceptWarnings', keys: signoffWarnings(snapshot.workshop).map((w) => w.key) }]);
  await host.call('dispatch', [{ type: 'goToPhase', phase: 'signoff' }]);
  const server = await startWebServer({ host, rendererDir: RENDERER_DIR, port: 0 });
  const consoleWindow = await soloPage();
  const floor = await soloPage();
  try {
    const page = consoleWindow.page;
    await page.goto(server.url);
    await page.getByTestId('signoff-step-sign').click();
    await page.getByRole('button', { name: `Sign as ${SPONSOR}` }).click();
    const pad = page.getByTestId('signature-pad');
    await pad.waitFor();
    const canvasSelector = 'canvas[data-testid="signature-pad"]';
    const box = (await page.locator(canvasSelector).boundingBox())!;

    await floor.page.goto('data:text/html,<!doctype html><input id="f" aria-label="floor">');
    await floor.page.locator('#f').click();

    // The pen goes down at the left and zigzags right; at the right edge it lifts and starts a new line lower down.
    const margin = 12;
    const lines = [0.3, 0.55, 0.8].map((f) => box.y + box.height * f);
    let line = 0;
    let x = box.x + margin;
    let points: { x: number; y: number }[] = [];
    const penDown = async () => {
      points = [{ x, y: lines[line]! }];
      await page.mouse.move(x, lines[line]!);
      await page.mouse.down();
      // The first moves of a stroke only fill the smoothing's window; measured moves draw from then on.
      for (let warm = 0; warm < 3; warm++) {
        x += STEP;
        points.push({ x, y: lines[line]! });
        await page.mouse.move(x, lines[line]!);
      }
    };
    await penDown();
    let typed = 0;
    const samples = await interleave(SAMPLES, {
      stroke: async (i) => {
        if (x + STEP > box.x + box.width - margin) {
          await page.mouse.up();
          line = (line + 1) % lines.length;
          x = box.x + margin;
          await penDown();
        }
        x += STEP;
        const y = lines[line]! + (i % 2 === 0 ? 5 : -5);
        points.push({ x, y });
        const recent = points.slice(-4);
        const left = Math.min(...recent.map((p) => p.x)) - 6;
        const top = Math.min(...recent.map((p) => p.y)) - 8;
        const ink = { x: left - box.x, y: top - box.y, w: Math.max(...recent.map((p) => p.x)) + 6 - left, h: Math.max(...recent.map((p) => p.y)) + 8 - top };
        return measureOnce(page, 'pointermove', { ready: { selector: canvasSelector, ink }, act: () => page.mouse.move(x, y) });
      },
      floor: () =>
        measureOnce(floor.page, 'keydown', { ready: { selector: '#f', minLength: ++typed }, act: () => floor.page.keyboard.type('x') }),
    });
    await page.mouse.up();
    return [
      figure('signature-stroke-p95', samples.stroke, samples.floor, { stat: 'p95', target: '≤ 1.2×' }),
      floorFigure('signature-input-floor-p95', samples.floor, 'p95'),
    ];
  } finally {
    await floor.close();
    await consoleWindow.close();
    await server.close();
    await host.close();
  }
}
