/**
 * The browser mode's printer: which Chromium it runs, what the print page may load (the
 * renderer folder only, under the app's CSP, nothing from the network), and what it says when
 * printing cannot work.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CharterPrintError } from '../../../electron/host/charter/charterPrinter';
import { createChromiumCharterPrinter, findChromium } from '../../../electron/host/charter/createChromiumCharterPrinter';
import { fingerprintCharter } from '../../../electron/host/charter/fingerprintCharter';
import { readRendererFile } from '../../../electron/host/charter/readRendererFile';
import { currentCharterRecord } from '../../../src/domain/charterRecord';
import { createSampleWorkshop } from '../../../src/domain/sampleWorkshop';
import { chromiumMissing, pdfTool, processesOf } from '../../helpers/charterPrinting';

let work: string;
let rendererDir: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'accord-printer-'));
  rendererDir = join(work, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>probe</title><script type="module" src="./assets/probe.js"></script></head><body><p id="out">waiting</p></body></html>');
  await writeFile(join(rendererDir, 'assets', 'app.css'), 'p { color: black }');
  await writeFile(join(work, 'secret.txt'), 'outside the renderer');
  await symlink(join(work, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

const sampleRecord = () => {
  const workshop = createSampleWorkshop('2026-11-22T09:00:00.000Z');
  return currentCharterRecord(workshop, fingerprintCharter(workshop), 'a4');
};

describe('readRendererFile', () => {
  it('serves the renderer’s files, index.html for "/", with their content types', async () => {
    expect((await readRendererFile(rendererDir, '/'))?.contentType).toBe('text/html; charset=utf-8');
    expect((await readRendererFile(rendererDir, '/assets/app.css'))?.body.toString()).toBe('p { color: black }');
    expect((await readRendererFile(rendererDir, '/assets/%61pp.css'))?.contentType).toBe('text/css; charset=utf-8');
  });

  it('reads nothing outside the renderer folder, however the path is written', async () => {
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/link.txt', '/assets', '/%00', '/..\\secret.txt', '/%E0%A4%A', '/missing.js', `/${join(work, 'secret.txt')}`]) {
      expect(await readRendererFile(rendererDir, path), path).toBeNull();
    }
  });
});

describe('findChromium', () => {
  const none = () => false;

  it('takes the browser a variable names, ACCORD_CHROMIUM first', () => {
    const exists = (path: string) => path.startsWith('/opt/');
    expect(findChromium({ ACCORD_CHROMIUM: '/opt/a', CHROME_PATH: '/opt/b' }, 'linux', exists)).toBe('/opt/a');
    expect(findChromium({ CHROME_PATH: '/opt/b', CHROMIUM_PATH: '/opt/c' }, 'linux', exists)).toBe('/opt/b');
  });

  it('says which variable names a missing file', () => {
    expect(() => findChromium({ ACCORD_CHROMIUM: '/nowhere/chromium' }, 'linux', none)).toThrow('ACCORD_CHROMIUM names /nowhere/chromium, which does not exist.');
  });

  it('looks in the usual places, and tells the facilitator what to install when it finds none', () => {
    expect(findChromium({}, 'linux', (path) => path === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
    expect(findChromium({ PROGRAMFILES: 'C:\\Program Files' }, 'win32', (path) => path.endsWith('msedge.exe'))).toMatch(/Microsoft.Edge.Application.msedge\.exe$/);
    expect(() => findChromium({}, 'linux', none)).toThrow(CharterPrintError);
    expect(() => findChromium({}, 'linux', none)).toThrow(/Printing the charter needs Chromium, Google Chrome or Microsoft Edge, and Accord found none\. Install Chromium \(on Debian or Ubuntu: sudo apt install chromium\)/);
    expect(() => findChromium({}, 'darwin', none)).toThrow(/Install Google Chrome or Chromium in Applications/);
  });

  it('fails the export with that message, not a crash', async () => {
    const printer = createChromiumCharterPrinter({ rendererDir, executablePath: join(work, 'no-such-chromium') });
    await expect(printer(sampleRecord())).rejects.toThrow(/^Accord could not start .*no-such-chromium to print the charter/);
    await printer.close();
  });
});

describe.skipIf(chromiumMissing !== null)(`printing with Chromium${chromiumMissing ? ` (${chromiumMissing})` : ''}`, () => {
  it('says the build has no print page when the page defines no accordPrintCharter', async () => {
    await writeFile(join(rendererDir, 'assets', 'probe.js'), '');
    const printer = createChromiumCharterPrinter({ rendererDir });
    try {
      await expect(printer(sampleRecord())).rejects.toThrow(/This build of Accord has no charter print page .* defines no accordPrintCharter/);
    } finally {
      await printer.close();
    }
  });

  it('gives the page the app’s CSP and a secure context, and no network or files outside the renderer', async () => {
    // The probe page reports, on the printed page, what it was allowed to do. Eval is tried as the
    // page loads: code run through DevTools (page.evaluate) is exempt from the CSP's eval rule.
    await writeFile(
      join(rendererDir, 'assets', 'probe.js'),
      `const tried = async (what) => { try { await what(); return 'yes'; } catch { return 'no'; } };
      const evalAllowed = tried(async () => new Function('return 1')());
      window.accordPrintCharter = async (record) => {
        const network = await tried(() => fetch('https://example.com/').then((r) => r.text()));
        const outside = await tried(() => fetch('/../secret.txt').then((r) => { if (!r.ok) throw new Error(); }));
        const own = await tried(() => fetch('./assets/app.css').then((r) => { if (!r.ok) throw new Error(); }));
        document.getElementById('out').textContent = ['eval:' + (await evalAllowed), 'network:' + network, 'outside:' + outside, 'own:' + own, 'secure:' + window.isSecureContext, 'version:' + record.version].join(' ');
      };`,
    );
    const printer = createChromiumCharterPrinter({ rendererDir });
    try {
      const pdf = await printer(sampleRecord());
      const file = join(work, 'probe.pdf');
      await writeFile(file, pdf);
      const text = (await pdfTool('pdftotext', [file, '-'])).stdout;
      expect(text).toContain('eval:no network:no outside:no own:yes secure:true version:1');
      // The probe page sets no @page size: the record's paper is the fallback, never Chromium's Letter.
      expect((await pdfTool('pdfinfo', [file])).stdout).toMatch(/^Page size:.*\(A4\)$/m);
      // Kept alive between exports: the second print reuses the browser.
      expect((await printer(sampleRecord())).byteLength).toBeGreaterThan(1000);
    } finally {
      await printer.close();
    }
    await expect(printer(sampleRecord())).rejects.toThrow('Printing has stopped: Accord is closing.');
  });

  it('gives up on a page that never finishes rendering, with a plain message', async () => {
    await writeFile(join(rendererDir, 'assets', 'probe.js'), 'window.accordPrintCharter = () => new Promise(() => {});');
    const printer = createChromiumCharterPrinter({ rendererDir, renderTimeoutMs: 1_500 });
    try {
      await expect(printer(sampleRecord())).rejects.toThrow('The charter did not finish rendering within 2 seconds. Export again;');
    } finally {
      await printer.close();
    }
  });

  it('gives up on a print page that never finishes loading, and says what to do', async () => {
    // A script that never yields keeps the page from ever reaching its load event.
    await writeFile(join(rendererDir, 'assets', 'probe.js'), 'for (;;) {}');
    const printer = createChromiumCharterPrinter({ rendererDir, renderTimeoutMs: 1_500 });
    try {
      await expect(printer(sampleRecord())).rejects.toThrow(/^The charter print page did not load within 2 seconds\. Export again; if it happens again/);
    } finally {
      await printer.close();
    }
  });

  it('gives up when Chromium does not finish printing the PDF in time, and says what to do', async () => {
    await writeFile(join(rendererDir, 'assets', 'probe.js'), 'window.accordPrintCharter = async () => {};');
    // No PDF can come back within a millisecond: printing takes a round trip to the browser at least.
    const printer = createChromiumCharterPrinter({ rendererDir, printTimeoutMs: 1 });
    try {
      await expect(printer(sampleRecord())).rejects.toThrow(/^Chromium did not finish printing the charter to PDF within 1 ms, so Accord stopped it\. Export again;/);
    } finally {
      await printer.close();
    }
  });

  describe.each(['newContext', 'route', 'newPage'] as const)('when Chromium starts but %s fails', (step) => {
    it('closes that browser, leaving no Chromium process behind, and the next export starts a new one', async () => {
      await writeFile(join(rendererDir, 'assets', 'probe.js'), 'window.accordPrintCharter = async () => {};');
      const launched = new FailingLaunch(step);
      const printer = createChromiumCharterPrinter({ rendererDir, launch: (options) => launched.launch(options) });
      try {
        await expect(printer(sampleRecord())).rejects.toThrow(step === 'newPage' ? /^Accord could not open a page in the browser to print the charter \(injected: newPage failed\); it closed the browser\. Export again\.$/ : /^Accord could not prepare .* to print the charter: injected: \w+ failed$/);
        expect(launched.browsers).toHaveLength(1);
        expect(launched.browsers[0]!.isConnected()).toBe(false);
        expect(await processesOf(launched.profiles[0]!)).toEqual([]);
        // The failure was the step's, not the printer's: without it the next export prints.
        launched.fail = false;
        expect((await printer(sampleRecord())).byteLength).toBeGreaterThan(1000);
        expect(launched.browsers).toHaveLength(2);
      } finally {
        await printer.close();
      }
      expect(await processesOf(launched.profiles[1]!)).toEqual([]);
    });
  });
});

/** Launches the real Chromium, whose `step` (creating the context, routing it, opening a page) fails while `fail` is set. */
class FailingLaunch {
  readonly browsers: Browser[] = [];
  /** Each browser's profile folder, which every one of its processes names on its command line. */
  readonly profiles: string[] = [];
  fail = true;
  constructor(private readonly step: 'newContext' | 'route' | 'newPage') {}

  async launch(options: LaunchOptions): Promise<Browser> {
    const marker = `--accord-test-launch=${randomUUID()}`;
    const browser = await chromium.launch({ ...options, args: [...(options.args ?? []), marker] });
    this.browsers.push(browser);
    const [main] = await processesOf(marker);
    this.profiles.push(/--user-data-dir=(\S+)/.exec(main ?? '')?.[1] ?? marker);
    const failing = (name: string, real: (...args: never[]) => Promise<unknown>) =>
      (...args: never[]) => (this.fail && this.step === name ? Promise.reject(new Error(`injected: ${name} failed`)) : real(...args));
    const context = (real: BrowserContext) =>
      new Proxy(real, { get: (target, key) => (key === 'route' || key === 'newPage' ? failing(key, (target[key] as (...a: never[]) => Promise<unknown>).bind(target)) : bound(target, key)) });
    return new Proxy(browser, {
      get: (target, key) => (key === 'newContext' ? failing('newContext', async (...args: never[]) => context(await target.newContext(...(args as [])))) : bound(target, key)),
    });
  }
}

function bound(target: object, key: string | symbol): unknown {
  const value: unknown = Reflect.get(target, key);
  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
}

