/**
 * The charter's print view in real Chromium, served by the real browser-mode host under its
 * Content-Security-Policy: it renders a charter handed to `window.accordPrintCharter` with text
 * in every script and over a hundred hostile payloads, runs none of them, and prints a PDF whose
 * fonts are all bundled and embedded, whose pages carry the running footer, in A4 and Letter.
 * Set ACCORD_CHARTER_PDF_DIR to keep the PDFs for a look.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNOFF_NATURE } from '../../src/domain/charterModel';
import { currentCharterRecord, signedVersionRecord, type CharterRecord } from '../../src/domain/charterRecord';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import type { Command } from '../../src/domain/commands';
import type { PaperSize, Stroke, Workshop } from '../../src/domain/workshopSchema';
import { signoffWarnings } from '../../src/domain/signoff';
import { checkInFixture } from '../helpers/checkInFixture';
import { applyAll, fingerprintOf, readyToSign, T0 } from '../helpers/domainBuilders';
import { twentyStageWorkshop } from '../helpers/twentyStageWorkshop';
import { E2E_CONTEXT_OPTIONS, launchBrowser, releaseBrowser } from './support/launchBrowser';
import { startWebHost, type WebHost } from './support/startWebHost';

/** A participant named in each script the charter must print without boxes. */
const NAMES = {
  latin: 'Zoë Lindqvist',
  greek: 'Αλέξανδρος Παπαδόπουλος',
  cyrillic: 'Анастасия Кузнецова',
  chinese: '王秀英',
  japanese: '渡辺さくら',
  korean: '김민준',
  arabic: 'ليلى حداد',
  hebrew: 'נועה כהן',
  devanagari: 'अनुराधा मेहता',
  emoji: 'Sam 🚀🎉',
} as const;

const ATTACKS = [
  '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">',
  '<script>window.__pwned=(window.__pwned||0)+1</script>',
  '</style><script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  '\'><iframe src="javascript:parent.__pwned=1"></iframe>',
  'javascript:window.__pwned=1',
  '<a href="javascript:window.__pwned=1">click</a>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '<style>*{display:none}</style>',
  '</textarea><script>alert(1)</script>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<details open ontoggle="window.__pwned=1">',
  '<body onload="window.__pwned=1">',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel=stylesheet href="data:text/css,*{color:red}">',
  '"; } @page { @bottom-left { content: "pwned" } } .x { "',
  '\\"; content: "pwned',
  '*/ body { display: none } /*',
  'url(javascript:alert(1))',
  'expression(alert(1))',
  '<!-- --><b>bold</b>',
  '%3Cscript%3Ealert(1)%3C/script%3E',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<x onmouseover=alert(1)>hover</x>',
  '<svg><script>alert(1)</script></svg>',
  '<img src=x:x onerror=alert(document.domain)>',
];
const PAYLOADS = Array.from({ length: 120 }, (_, i) => `${ATTACKS[i % ATTACKS.length]} #${i}`);
/** A company name that would end a CSS string or a <style> element if it were pasted into one. */
const HOSTILE_COMPANY = 'Kestrel "Fleet" \\ </style><script>x</script>';

/** The sample workshop with a participant in every script, hostile text in every kind of field, its open points accepted, one participant absent and three signatures. */
function charterWorkshop(): Workshop {
  const w = createSampleWorkshop(T0);
  w.setup.company = HOSTILE_COMPANY;
  w.teams.push({ id: 'partners', name: '<b>Partners</b> "&" </style>', kind: 'custom' });
  Object.values(NAMES).forEach((name, i) => w.participants.push({ id: `s${i}`, name, jobTitle: i === 0 ? PAYLOADS[0]! : 'Account Manager', teamId: i % 2 ? 'sales' : 'partners' }));
  const stage = (i: number) => w.stages[i % w.stages.length]!;
  PAYLOADS.forEach((payload, i) => {
    const id = `x${i}`;
    switch (i % 8) {
      case 0: w.rhythm.glossary.push({ id, term: payload, definition: `Means ${payload}` }); break;
      case 1: w.parkingLot.push({ id, text: payload, raisedInPhase: 'handoff', createdAt: T0 }); break;
      case 2: w.bestCustomers.push({ id, kind: 'segment', name: payload, whyValuable: payload, marketingDoes: '', salesDoes: '' }); break;
      case 3: w.actions.push({ id, title: payload, ownerParticipantId: 's6', due: '2027-01-31', status: 'open', stageId: null, topic: null }); break;
      case 4: w.decisions.push({ id, text: payload, method: 'agreement', result: '', dissent: payload, decidedAt: T0 }); break;
      case 5: w.activities.push({ id, stageId: stage(i).id, name: payload, description: '', roles: [{ teamId: 'partners', role: 'R' }, { teamId: 'sales', role: 'A' }] }); break;
      case 6: w.rhythm.meetings.push({ id, name: `Review ${i}`, cadence: 'Monthly', schedule: null, attendees: payload, purpose: payload }); break;
      case 7: stage(i).customerQuestions += `\n${payload}`; break;
    }
  });
  w.activities.push({ id: 'rtl', stageId: stage(1).id, name: 'مراجعة العملاء المحتملين', description: '', roles: [{ teamId: 'marketing', role: 'R' }] });
  w.pulse.scores.push(...w.pulse.statements.map((s, i) => ({ participantId: 's1', statementId: s.id, score: (i % 5) + 1 })));
  const present = readyToSign(applyAll(w, { type: 'markAbsent', participantId: 's9' }));
  return applyAll(
    present,
    sign(present, 'p1', 'Marguerite Fontaine', 0),
    sign(present, 's6', NAMES.arabic, 2),
    sign(present, 's3', NAMES.chinese, 4),
  );
}

/** A handwriting-like signature on the pad (1000 × 300): a looping stroke and an underline, different per signer. */
function scribble(seed: number): Stroke[] {
  const loop: Stroke = Array.from({ length: 90 }, (_, i) => {
    const t = i / 89;
    const x = 80 + t * 700 + Math.sin(t * 30 + seed) * 35;
    const y = 150 - Math.sin(t * 14 + seed) * 70 * (1 - t * 0.4) + Math.cos(t * 30 + seed) * 25;
    return [Math.round(x), Math.round(Math.min(290, Math.max(10, y))), i * 12];
  });
  const underline: Stroke = [[120, 250, 1300], [480, 238, 1400], [860, 222, 1500]];
  return [loop, underline];
}

const sign = (w: Workshop, participantId: string, typedName: string, seed: number): Command => ({ type: 'sign', participantId, typedName, strokes: scribble(seed), fingerprint: fingerprintOf(w) });

const recordFor = (w: Workshop, paperSize: PaperSize): CharterRecord => currentCharterRecord(w, fingerprintOf(w), paperSize);

function tool(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('charter print view', () => {
  const workshop = charterWorkshop();
  const fingerprint = fingerprintOf(workshop);
  let host: WebHost;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];
  const problems: string[] = [];
  const outDir = process.env.ACCORD_CHARTER_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'accord-charter-'));

  beforeAll(async () => {
    [host, browser] = await Promise.all([startWebHost({ extraArgs: ['--no-sample'] }), launchBrowser()]);
    context = await browser.newContext({ ...E2E_CONTEXT_OPTIONS, viewport: { width: 1000, height: 800 } });
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(`${host.launchUrl}&view=charter-print`);
    await page.waitForFunction(() => typeof window.accordPrintCharter === 'function');
    mkdirSync(outDir, { recursive: true });
  });
  afterAll(async () => {
    await context?.close();
    await releaseBrowser(browser);
    await host?.stop();
    if (!process.env.ACCORD_CHARTER_PDF_DIR) rmSync(outDir, { recursive: true, force: true });
  });

  const print = async (paperSize: PaperSize) => {
    await page.evaluate((record) => window.accordPrintCharter!(record), recordFor(workshop, paperSize));
    const pdf = await page.pdf({ preferCSSPageSize: true, tagged: true, outline: true, printBackground: true });
    const file = join(outDir, `charter-${paperSize}.pdf`);
    writeFileSync(file, pdf);
    return { file, pdf };
  };

  it('shows nothing and asks the host for nothing until it is handed a charter', async () => {
    expect(await page.locator('#root').innerHTML()).toBe('');
    expect(await page.evaluate(() => document.documentElement.dataset.view)).toBe('charter-print');
  });

  it('shows every hostile text literally and runs none of it', async () => {
    await page.evaluate((record) => window.accordPrintCharter!(record), recordFor(workshop, 'a4'));
    const text = (await page.locator('article').textContent()) ?? '';
    for (const payload of PAYLOADS) expect(text, payload).toContain(payload);
    expect(text).toContain(HOSTILE_COMPANY);
    const tags = await page.evaluate(() => [...new Set([...document.querySelectorAll('article *')].map((e) => e.localName))].sort());
    const rendered = ['abbr', 'article', 'caption', 'circle', 'col', 'colgroup', 'dd', 'defs', 'div', 'dl', 'dt', 'figcaption', 'figure', 'g', 'h1', 'h2', 'h3', 'h4', 'li', 'line', 'marker', 'ol', 'p', 'path', 'rect', 'section', 'span', 'strong', 'svg', 'table', 'tbody', 'td', 'text', 'th', 'thead', 'title', 'tr', 'tspan', 'ul'];
    expect(tags.filter((tag) => !rendered.includes(tag))).toEqual([]);
    const handlers = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name) || (e.closest('article') && /href|src/i.test(a.name))).map((a) => `${e.localName} ${a.name}`)));
    expect(handlers).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('sets the running footer through the DOM, not an inline style the policy would block', async () => {
    const footer = await page.evaluate(() => ['company', 'version', 'fingerprint'].map((key) => document.documentElement.style.getPropertyValue(`--charter-footer-${key}`)));
    expect(footer).toEqual(['"Kestrel \\"Fleet\\" \\\\ \\3C /style\\3E \\3C script\\3E x\\3C /script\\3E "', '"Charter version 1"', `"Fingerprint ${fingerprint.slice(0, 12)}"`]);
    expect(await page.locator('style').count()).toBe(0);
  });

  it("fits the sample workshop's summary (swimlanes, lead definitions, shared goals) on one page", async () => {
    const sample = createSampleWorkshop(T0);
    await page.evaluate((record) => window.accordPrintCharter!(record), recordFor(sample, 'a4'));
    const file = join(outDir, 'charter-sample-a4.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, tagged: true, outline: true, printBackground: true }));
    const pages = tool('pdftotext', [file, '-']).split('\f').map((p) => p.replace(/\s+/g, ' '));
    expect(pages[1]).toContain('Summary');
    expect(pages[1]).toContain('Lead definitions');
    expect(pages[1]).toContain('Revenue from best-customer segments');
    expect(pages[2]).toContain('Buying process');
  });

  for (const [paperSize, size] of [['a4', 'A4'], ['letter', 'Letter']] as const) {
    it(`leaves no nearly-empty page in the sample charter on ${size}: a hand-off point and a stage stay whole, a very tall table row splits`, async () => {
      const sample = createSampleWorkshop(T0);
      const file = join(outDir, `charter-sample-pages-${paperSize}.pdf`);
      await page.evaluate((record) => window.accordPrintCharter!(record), recordFor(sample, paperSize));
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true, tagged: true, outline: true, printBackground: true }));
      const bodyLines = (pdf: string) =>
        tool('pdftotext', ['-layout', pdf, '-'])
          .split('\f')
          .filter((p) => p.trim() !== '')
          .map((p) => p.split('\n').filter((line) => line.trim() !== '' && !/Page \d+ of \d+/.test(line)));
      const pages = bodyLines(file);
      pages.forEach((lines, index) => expect(lines.length, `page ${index + 1}: ${lines.join(' / ')}`).toBeGreaterThanOrEqual(8));
      // The hand-back's block starts on the page its heading is on.
      const handback = pages.find((lines) => lines.some((line) => line.includes('Hand-back: Consideration')))!;
      expect(handback.join('\n')).toContain('HOW FEEDBACK ON LEAD');

      // An activity described at length (taller than a third of a page) starts under the table's heading, not on a page of its own.
      const long = createSampleWorkshop(T0);
      long.activities[0]!.description = Array.from({ length: 470 }, (_, i) => ['lead', 'qualification', 'insight', 'scoring', 'handoff'][i % 5]).join(' ');
      const longFile = join(outDir, `charter-long-activity-${paperSize}.pdf`);
      await page.evaluate((record) => window.accordPrintCharter!(record), recordFor(long, paperSize));
      writeFileSync(longFile, await page.pdf({ preferCSSPageSize: true, tagged: true, outline: true, printBackground: true }));
      const longPages = bodyLines(longFile);
      const start = longPages.find((lines) => lines.some((line) => line.trim() === 'Responsibilities'))!;
      expect(start.join('\n')).toContain(long.activities[0]!.name);
      longPages.forEach((lines, index) => expect(lines.length, `page ${index + 1}: ${lines.join(' / ')}`).toBeGreaterThanOrEqual(8));
    });

    it(`prints a 20-stage summary legibly on ${size}: the stages in stacked groups of at most seven, names whole, crowded cells counted in words, every hand-off shown`, async () => {
      const twenty = twentyStageWorkshop(T0);
      await page.evaluate((record) => window.accordPrintCharter!(record), recordFor(twenty, paperSize));
      const pictures = page.locator('[data-section="summary"] [data-testid="charter-swimlanes"]');
      expect(await pictures.count()).toBe(3);
      // Every stage name, as Chromium sets it in the bundled font, fits its column.
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll<SVGGElement>('[data-section="summary"] .charter-swimlanes__stage')].flatMap((stage) => {
          const name = stage.querySelector<SVGTextElement>('.charter-swimlanes__stage-name')!;
          const svg = stage.ownerSVGElement!;
          const column = svg.querySelector<SVGRectElement>('.charter-swimlanes__cell')!.width.baseVal.value;
          const box = name.getBBox();
          return box.width > column + 0.5 ? [`${name.textContent}: ${box.width} > ${column}`] : [];
        }),
      );
      expect(overflowing).toEqual([]);
      const file = join(outDir, `charter-twenty-stages-${paperSize}.pdf`);
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true, tagged: true, outline: true, printBackground: true }));
      const pages = tool('pdftotext', [file, '-']).split('\f');
      const buying = pages.findIndex((p) => p.includes('Buying process'));
      const summary = pages.slice(1, buying).join('\n');
      const flowing = summary.replace(/\s+/g, ' ');
      // Names wrap between words only: every word of every stage name prints whole on some line.
      const lines = new Set(summary.split('\n').flatMap((line) => line.split(/\s+/)));
      for (const stage of twenty.stages) for (const word of stage.name.split(/\s+/)) expect(lines.has(word), `${word} (${stage.name})`).toBe(true);
      expect(flowing).toContain('50 activities');
      expect(flowing).not.toMatch(/\b50 [RACI]\b/);
      expect(flowing).toContain('from stage 19');
      expect(flowing).toContain('from stage 6');
      for (const label of ['MQL', 'Recycle', 'Closed-won', 'Upsell', 'Advocate']) expect(flowing).toMatch(new RegExp(`Hand-(off|back) ${label}:`));
      // The lead definitions and the top shared goals still follow the pictures, before the buying process.
      expect(flowing.indexOf('Lead definitions')).toBeGreaterThan(flowing.indexOf('Referral programme'));
      expect(flowing).toContain('Shared goals');
      expect(flowing).toContain('Revenue from best-customer segments');
      expect(buying).toBeLessThanOrEqual(3);
      expect(problems).toEqual([]);
    });
  }

  it('prints a check-in’s Since last time after the summary, and a first workshop’s charter without it', async () => {
    const checkIn = checkInFixture();
    await page.evaluate((record) => window.accordPrintCharter!(record), recordFor(checkIn, 'a4'));
    const file = join(outDir, 'charter-check-in-a4.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, tagged: true, outline: true, printBackground: true }));
    const pages = tool('pdftotext', [file, '-']).split('\f').map((p) => p.replace(/\s+/g, ' '));
    const start = pages.findIndex((p) => p.includes('Since last time This check-in follows'));
    expect(start).toBeGreaterThan(pages.findIndex((p) => p.includes('Who does what, stage by stage')));
    const lookBack = pages.slice(start, pages.findIndex((p) => p.includes('Buying process'))).join(' ');
    for (const words of [
      'Kestrel sales & marketing alignment day (3 December 2026), as signed in its charter version 2',
      checkIn.checkIn!.earlier[0]!.fingerprint.slice(0, 12),
      'Pulse then and now',
      'Sales: 1.3 → 3.0',
      'Actions agreed last time',
      '1 of 3 actions agreed last time done (33%)',
      'Waited for the CRM upgrade',
      'Hand-off commitments',
      '36 business hours',
      'Missed',
      'Slower in January: two reps on leave',
    ]) {
      expect(lookBack, words).toContain(words);
    }
    // No table of the look back leaves its heading and header row alone at a page's foot (the notes' table did, on A4).
    const laidOut = tool('pdftotext', ['-layout', file, '-']).split('\f');
    for (const [index, text] of laidOut.entries()) {
      const lines = text.split('\n').filter((line) => line.trim() !== '' && !/Page \d+ of \d+/.test(line));
      expect(lines.at(-1) ?? '', `page ${index + 1}`).not.toMatch(/^\s*(# +STATEMENT|WORKSHOP +DATE|ACTION +OWNER|HAND-OFF +(COMMITMENT|NOTE))\b/);
    }

    await page.evaluate((record) => window.accordPrintCharter!(record), recordFor(createSampleWorkshop(T0), 'a4'));
    expect(await page.locator('[data-section="sinceLastTime"]').count()).toBe(0);
    const first = join(outDir, 'charter-first-workshop-a4.pdf');
    writeFileSync(first, await page.pdf({ preferCSSPageSize: true, tagged: true, outline: true, printBackground: true }));
    expect(tool('pdftotext', [first, '-'])).not.toContain('Since last time');
    expect(problems).toEqual([]);
  });

  it('prints the symbols people type (≥ ≤ → ✓ ✗ …) from the bundled symbol faces, never from a CJK font', async () => {
    const symbols = 'Score ≥ 60 and ≤ 90 → MQL ✓ 3 × 4 − 1 … • ← ↔ ✗ €5 £4';
    const w = createSampleWorkshop(T0);
    w.actions[0]!.title = symbols;
    w.stages[0]!.customerGoal = symbols;
    await page.evaluate((record) => window.accordPrintCharter!(record), recordFor(w, 'a4'));
    const file = join(outDir, 'charter-symbols-a4.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, tagged: true, outline: true, printBackground: true }));
    const fonts = tool('pdffonts', [file]).split('\n').slice(2).filter(Boolean).map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    expect(fonts).toContain('NotoSansMath-Regular');
    expect(fonts).toContain('NotoSansSymbols2-Regular');
    // No Chinese, Japanese or Korean text in this charter: a CJK face would mean a symbol fell back to it.
    expect(fonts.filter((name) => /SC|KR|JP/.test(name))).toEqual([]);
    const text = tool('pdftotext', [file, '-']).replace(/\s+/g, ' ');
    // Once in bold (the action's title), once in regular (the stage's customer goal).
    expect(text.split(symbols).length - 1).toBeGreaterThanOrEqual(2);
    expect(problems).toEqual([]);
  });

  it('prints an earlier signed version with who was absent for it and the open points accepted for it', async () => {
    const edited = applyAll(workshop, { type: 'updateSetup', patch: { venue: 'Another room' } });
    expect(edited.signoff.charterVersion).toBe(2);
    await page.evaluate((record) => window.accordPrintCharter!(record), signedVersionRecord(edited, 1, 'a4')!);
    const file = join(outDir, 'charter-version-1-a4.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, tagged: true, outline: true, printBackground: true }));
    const text = tool('pdftotext', [file, '-']).replace(/\s+/g, ' ');
    expect(text).toContain('Superseded by version 2');
    // "Not signed yet" and "Absent" sit side by side, which pdftotext reads across: the page that printed tells them apart.
    const list = (heading: string) => page.locator('.charter-signoff__lists > div').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
    expect(await list('Absent').textContent()).toContain(NAMES.emoji);
    expect(await list('Not signed yet').textContent()).not.toContain(NAMES.emoji);
    expect(await list('Not signed yet').textContent()).toContain(NAMES.korean);
    expect(text).toContain(NAMES.emoji);
    const points = text.slice(text.lastIndexOf('Open points at signing') + 'Open points at signing'.length);
    const accepted = signoffWarnings(workshop).length;
    expect(accepted).toBeGreaterThan(1);
    expect(points.split('Accepted as it is').length - 1).toBe(accepted);
    expect(points).not.toMatch(/\bOpen\b/);
    expect(problems).toEqual([]);
  });

  for (const [paperSize, size] of [['a4', 'A4'], ['letter', 'letter']] as const) {
    it(`prints on ${size} paper with every font bundled and embedded, every script readable and the footer on every page`, async () => {
      const { file, pdf } = await print(paperSize);
      const info = tool('pdfinfo', [file]);
      expect(info).toMatch(new RegExp(`Page size:.*\\(${size}\\)`));
      expect(info).toMatch(/Tagged:\s+yes/);
      // Bookmarks from the headings.
      expect(pdf.toString('latin1')).toContain('/Outlines');

      const fonts = tool('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(3);
      for (const line of fonts) {
        expect(line, line).toMatch(/\bNoto/);
        expect(line.split(/\s+/).at(-5), line).toBe('yes');
      }

      const text = tool('pdftotext', ['-layout', file, '-']).normalize('NFKC');
      for (const [script, name] of Object.entries(NAMES)) expect(text, script).toContain(name.normalize('NFKC'));
      const flowing = tool('pdftotext', [file, '-']).replace(/\s+/g, ' ');
      expect(flowing).toContain(SIGNOFF_NATURE);
      expect(flowing).not.toMatch(/legally binding|certified|tamper-proof/i);

      const pages = text.split('\f').filter((p) => p.trim() !== '');
      expect(pages.length).toBeGreaterThanOrEqual(11);
      pages.forEach((content, index) => {
        expect(content, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
        expect(content, `page ${index + 1}`).toContain('Charter version 1');
        expect(content, `page ${index + 1}`).toContain(`Fingerprint ${fingerprint.slice(0, 12)}`);
        expect(content, `page ${index + 1}`).toContain('Kestrel "Fleet" \\ </style><script>x</script>');
        // No page is only its footer.
        expect(content.split('\n').filter((line) => line.trim() !== '').length, `page ${index + 1}`).toBeGreaterThan(2);
      });
      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});
