#!/usr/bin/env node
/**
 * Security gate: runs @doyensec/electronegativity over the Electron shell, the host and the
 * renderer sources and fails on every finding that is not justified in the code.
 *
 * A finding is justified by a comment on the flagged line or the line above it:
 *   // electronegativity-justified: CHECK_NAME: why this is fine
 *   <!-- electronegativity-justified: CHECK_NAME: why this is fine -->   (HTML)
 * Several checks may share one comment: `CHECK_A, CHECK_B: reason`. Findings without a location
 * (e.g. "no CSP anywhere") cannot be justified: fix them. Justifications that no longer match a
 * finding are listed as stale, so they do not outlive the code they excused.
 *
 * The tool always exits 0 and reads one input, so this script copies the scanned folders into
 * one temporary tree, runs the tool with SARIF output and judges the SARIF itself. Sources, not
 * the bundle, are scanned: the findings are the same and the line numbers point at real code.
 *
 * Usage: node scripts/checkElectronegativity.mjs [folder …]   (default: electron src/app)
 * Exit: 0 all findings justified, 1 unjustified findings, 2 the tool could not run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TOOL = '@doyensec/electronegativity@1.10.3';
const ELECTRON_VERSION = '45.4.1';
const DEFAULT_ROOTS = ['electron', 'src/app'];
const JUSTIFICATION = /electronegativity-justified:\s*([A-Z0-9_]+(?:\s*,\s*[A-Z0-9_]+)*)\s*:\s*(\S.*?)\s*(?:-->|\*\/)?\s*$/;

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const roots = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_ROOTS;
const started = Date.now();

function run(stageDir) {
  const input = join(stageDir, 'input');
  for (const root of roots) {
    const source = join(repo, root);
    if (!existsSync(source) || !statSync(source).isDirectory()) return toolFailure(`nothing to scan at ${root}`);
    cpSync(source, join(input, root), { recursive: true, filter: (path) => !path.split(sep).includes('node_modules') });
  }

  const sarifPath = join(stageDir, 'out.sarif');
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const result = spawnSync(
    npx,
    ['-y', '-p', TOOL, 'electronegativity', '-i', input, '-e', ELECTRON_VERSION, '-r', '-o', sarifPath],
    { cwd: stageDir, encoding: 'utf8', shell: process.platform === 'win32', timeout: 10 * 60_000 },
  );
  if (result.error) return toolFailure(result.error.message);
  if (result.status !== 0) return toolFailure(`${TOOL} exited with ${result.status}\n${result.stderr}`);
  if (!existsSync(sarifPath)) return toolFailure(`${TOOL} wrote no report\n${result.stdout}\n${result.stderr}`);

  let sarif;
  try {
    sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
  } catch (error) {
    return toolFailure(`the SARIF report could not be read: ${error.message}`);
  }
  const run = sarif.runs?.[0];
  if (!run || !Array.isArray(run.results)) return toolFailure('the SARIF report has no results array');

  const helpFor = new Map((run.tool?.driver?.rules ?? []).map((rule) => [rule.id, rule.helpUri]));
  const findings = run.results.map((result) => toFinding(result, input));
  const used = new Set();
  for (const finding of findings) {
    finding.justification = justificationFor(finding, input);
    if (finding.justification) used.add(`${finding.file}:${finding.justification.line}:${finding.check}`);
  }
  const stale = allJustifications(input).filter((j) => !used.has(`${j.file}:${j.line}:${j.check}`));

  printReport(findings, stale, helpFor);
  return findings.some((f) => !f.justification) ? 1 : 0;
}

function toFinding(result, input) {
  const location = result.locations?.[0]?.physicalLocation;
  const uri = location?.artifactLocation?.uri ?? '';
  let file = null;
  if (uri && uri !== 'file:///' && uri !== 'N/A') {
    const path = uri.startsWith('file:') ? relative(input, fileURLToPath(uri)) : uri;
    file = path.split(sep).join('/');
  }
  return {
    check: result.ruleId,
    level: result.level ?? 'warning',
    message: result.message?.text ?? '',
    file,
    line: file ? (location?.region?.startLine ?? null) : null,
    justification: null,
  };
}

const fileLines = new Map();
function linesOf(input, file) {
  if (!fileLines.has(file)) {
    const path = join(input, file);
    fileLines.set(file, existsSync(path) ? readFileSync(path, 'utf8').split(/\r?\n/) : []);
  }
  return fileLines.get(file);
}

function parseJustification(text) {
  const match = JUSTIFICATION.exec(text);
  if (!match) return null;
  return { checks: match[1].split(',').map((c) => c.trim()), reason: match[2] };
}

function justificationFor(finding, input) {
  if (!finding.file || !finding.line) return null;
  const lines = linesOf(input, finding.file);
  for (const line of [finding.line, finding.line - 1]) {
    const parsed = parseJustification(lines[line - 1] ?? '');
    if (parsed?.checks.includes(finding.check)) return { line, reason: parsed.reason };
  }
  return null;
}

function allJustifications(input) {
  const found = [];
  for (const entry of readdirSync(input, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = relative(input, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/');
    linesOf(input, file).forEach((text, index) => {
      for (const check of parseJustification(text)?.checks ?? []) found.push({ file, line: index + 1, check });
    });
  }
  return found;
}

function printReport(findings, stale, helpFor) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`electronegativity ${TOOL.split('@').at(-1)} on ${roots.join(', ')} (Electron ${ELECTRON_VERSION}), ${seconds} s\n`);
  if (findings.length === 0) console.log('No findings.');
  else {
    const rows = findings.map((f) => [
      f.justification ? 'justified' : 'NOT JUSTIFIED',
      f.check,
      f.level,
      f.file ? `${f.file}:${f.line}` : '(whole app)',
      f.justification ? f.justification.reason : `${f.message}${helpFor.get(f.check) ? ` (${helpFor.get(f.check)})` : ''}`,
    ]);
    printTable(['status', 'check', 'level', 'where', 'reason / finding'], rows);
  }
  for (const s of stale) console.log(`\nwarning: stale justification for ${s.check} at ${s.file}:${s.line} (no such finding there any more)`);
  const open = findings.filter((f) => !f.justification).length;
  console.log(
    open === 0
      ? `\nOK: ${findings.length} finding(s), all justified in code.`
      : `\nFAILED: ${open} of ${findings.length} finding(s) not justified. Fix them, or justify one on its line or the line above:\n  // electronegativity-justified: CHECK_NAME: reason`,
  );
}

function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => Math.min(String(r[i]).length, i === 4 ? 100 : 60))));
  const format = (row) => row.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd();
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(format(row));
}

function toolFailure(message) {
  console.error(`checkElectronegativity: ${message}`);
  return 2;
}

const stage = mkdtempSync(join(tmpdir(), 'accord-electronegativity-'));
try {
  process.exitCode = run(stage);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
