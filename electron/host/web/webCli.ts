/**
 * `npm run web`: the browser mode. Starts the same host the desktop app uses, with the same
 * storage, and serves the renderer on 127.0.0.1 behind an access token kept per data folder.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAccordHost } from '../accordHost';
import { createChromiumCharterPrinter } from '../charter/createChromiumCharterPrinter';
import { defaultDataDir } from '../defaultDataDir';
import { stopOnSignals } from '../stopOnSignals';
import { loadAccessSecret } from './accessCredentials';
import { DEFAULT_WEB_PORT } from '../../../src/shared/webProtocol';
import { startWebServer } from './startWebServer';

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: String(DEFAULT_WEB_PORT) },
      'data-dir': { type: 'string' },
      'no-sample': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('Usage: npm run web -- [--port N] [--data-dir DIR] [--no-sample]\n  --port 0 picks a free port.');
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535 (got ${values.port}).`);
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const here = dirname(fileURLToPath(import.meta.url));
  const rendererDir = resolve(here, '../renderer');

  // Charters print with the machine's Chromium, started at the first export (the host closes it).
  const host = await createAccordHost({ dataDir, seedSample: !values['no-sample'], printCharter: createChromiumCharterPrinter({ rendererDir }) });
  // Kept in the data folder, so a restart on the same port lets open tabs reconnect.
  const server = await loadAccessSecret(dataDir)
    .then((secret) => startWebServer({ host, rendererDir, port, secret }))
    .catch(async (error: unknown) => {
      await host.close().catch(() => undefined);
      throw error;
    });
  console.log(`Accord is running in browser mode.\n\n  Open: ${server.url}\n\n  Workshops are saved in ${dataDir}\n  Press Ctrl+C to stop (pending changes are saved first; if saving fails, an emergency copy is written elsewhere).`);

  stopOnSignals({ host, beforeStop: () => server.close() });
}

main().catch((error: Error) => {
  console.error(`Accord could not start: ${error.message}`);
  process.exit(1);
});
