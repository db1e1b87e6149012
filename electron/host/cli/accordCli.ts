/** Entry point of `npm run accord` (built to out/main/accord.js, beside the renderer it prints with). */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChromiumCharterPrinter, type ChromiumCharterPrinter } from '../charter/createChromiumCharterPrinter';
import { runAccordCli } from './runAccordCli';

const rendererDir = resolve(dirname(fileURLToPath(import.meta.url)), '../renderer');
let printer: ChromiumCharterPrinter | null = null;

runAccordCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  printer: () => (printer ??= createChromiumCharterPrinter({ rendererDir })),
})
  .catch((error: unknown) => {
    console.error(`Accord failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  })
  .then(async (code) => {
    await printer?.close();
    process.exitCode = code;
  });
