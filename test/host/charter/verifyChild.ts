/**
 * The child process of hostilePdfs.test.ts: verifies one PDF in a fresh process and prints one
 * JSON line with the verdict, the reason, how long verifying took and the process's peak
 * resident memory, which only a process of its own can tell apart from the test runner's.
 * Usage: node child.mjs FILE.pdf
 */
import { readFileSync, writeSync } from 'node:fs';
import { createCharterVerifier } from '../../../electron/host/charter/verifyCharterPdf';

const bytes = new Uint8Array(readFileSync(process.argv[2]!));
const started = performance.now();
const { verdict, reason } = await createCharterVerifier()(bytes);
const ms = performance.now() - started;
writeSync(1, `${JSON.stringify({ verdict, reason, ms, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
