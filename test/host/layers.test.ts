import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLayers } from '../../scripts/checkLayers';

/** A copy of the repository's layout where every file but the allowed ones crosses one boundary. */
const FILES: Record<string, string> = {
  'src/domain/allowed.ts': "import { z } from 'zod';\nimport { produce } from 'immer';\nimport type { Api } from '../shared/api';\nexport const s = [z, produce] as unknown as Api;\n",
  'src/domain/readsApp.ts': "import { view } from '../app/view';\nexport const x = view;\n",
  'src/domain/readsAppTypes.ts': "import type { View } from '../app/view';\nexport type X = View;\n",
  'src/domain/readsNode.ts': "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
  'src/domain/readsReact.ts': "import { useState } from 'react';\nexport const x = useState;\n",
  'src/domain/readsHost.ts': "import { host } from '../../electron/host/host';\nexport const x = host;\n",
  'src/shared/api.ts': 'export interface Api { ok: true }\n',
  'src/shared/readsApp.ts': "import { view } from '../app/view';\nexport const x = view;\n",
  'src/shared/readsHost.ts': "import { host } from '../../electron/host/host';\nexport const x = host;\n",
  'src/app/view.ts': "import { s } from '../domain/allowed';\nexport type View = string;\nexport const view = s;\n",
  'src/app/readsElectron.ts': "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
  'src/app/readsNode.ts': "import { join } from 'node:path';\nexport const x = join;\n",
  'src/app/readsHost.ts': "import { host } from '../../electron/host/host';\nexport const x = host;\n",
  'electron/host/host.ts': "import { s } from '../../src/domain/allowed';\nimport { readFileSync } from 'node:fs';\nexport const host = [s, readFileSync];\n",
  'electron/host/readsElectron.ts': "import { app } from 'electron';\nexport const x = app;\n",
  'electron/preload/index.ts': "import { contextBridge } from 'electron';\nimport type { Api } from '../../src/shared/api';\nimport { s } from '../../src/domain/allowed';\nexport const x: [unknown, Api | null, unknown] = [contextBridge, null, s];\n",
  'electron/main/index.ts': "import { app } from 'electron';\nimport { host } from '../host/host';\nimport { view } from '../../src/app/view';\nexport const x = [app, host, view];\n",
};

const EXPECTED = [
  'domain-is-pure src/domain/readsApp.ts',
  'domain-is-pure src/domain/readsAppTypes.ts',
  'domain-is-pure src/domain/readsHost.ts',
  'domain-without-node src/domain/readsNode.ts',
  'domain-libraries src/domain/readsReact.ts',
  'shared-is-the-contract src/shared/readsApp.ts',
  'shared-is-the-contract src/shared/readsHost.ts',
  'app-is-a-web-page src/app/readsElectron.ts',
  'app-is-a-web-page src/app/readsHost.ts',
  'app-without-node src/app/readsNode.ts',
  'host-without-electron electron/host/readsElectron.ts',
  'preload-is-thin electron/preload/index.ts',
  'main-without-renderer electron/main/index.ts',
];

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'accord-layers-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(resolve(import.meta.dirname, '../../node_modules'), join(dir, 'node_modules'), 'dir');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the layering check', () => {
  it('fails each rule on an import that crosses it, and passes the imports each layer may make', async () => {
    const violations = await checkLayers(dir);
    const found = [...new Set(violations.map((v) => `${v.rule.name} ${v.from}`))].sort();
    expect(found).toEqual([...EXPECTED].sort());
  }, 60_000);
});
