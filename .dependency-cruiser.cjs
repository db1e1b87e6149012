/**
 * The layers of Accord, checked on every `npm test` (the way VS Code's layering check keeps its
 * environments apart): the pure domain, the renderer/host contract, the React renderer, the
 * Node-only host, the Electron shell and the preload. test/host/layers.test.ts proves that
 * each rule can fail.
 */
const NODE_MODULE = (names) => `(^|/)node_modules/(${names})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain is plain TypeScript: it reads no renderer, host or shell code.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^(src/app|electron)/' },
    },
    {
      name: 'domain-without-node',
      comment: 'src/domain runs in every host and window: no node:* modules.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-libraries',
      comment: 'src/domain may use zod and immer only: no React, no Electron, no stores, no sockets.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '(^|/)node_modules/', pathNot: NODE_MODULE('zod|immer') },
    },
    {
      name: 'shared-is-the-contract',
      comment: 'src/shared holds the contract between renderer and host; it depends on neither side, nor on Node.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^(src/app|electron)/' },
    },
    {
      name: 'shared-without-node',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'app-is-a-web-page',
      comment: 'The renderer runs in a sandboxed window or a plain browser: no host or shell code, no Electron.',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: ['^electron/', NODE_MODULE('electron')] },
    },
    {
      name: 'app-without-node',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'host-without-electron',
      comment: 'electron/host also runs standalone under Node (the browser mode): it never imports electron, the shell or the renderer.',
      severity: 'error',
      from: { path: '^electron/host/' },
      to: { path: ['^electron/(main|preload)/', '^src/app/', NODE_MODULE('electron')] },
    },
    {
      name: 'preload-is-thin',
      comment: 'The preload exposes the contract through electron only: one method per message, nothing else.',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: { pathNot: ['^electron/preload/', '^src/shared/', NODE_MODULE('electron')] },
    },
    {
      name: 'main-without-renderer',
      comment: 'The shell loads the renderer as a page, never as code.',
      severity: 'error',
      from: { path: '^electron/main/' },
      to: { path: '^src/app/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // TypeScript 7 has no JS API: Babel strips the types before the cruise.
    babelConfig: { fileName: 'test/layers/babel.config.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'] },
  },
};
