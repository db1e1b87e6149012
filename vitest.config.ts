import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const fakeElectron = fileURLToPath(new URL('./test/fakes/electron.ts', import.meta.url));

/** Host test files that mock modules, fake timers or spy on shared objects, or change process-wide state. */
const HOST_FILES_NEEDING_ISOLATION = [
  'test/host/charter/exportRecords.test.ts',
  'test/host/lock/takeOverRace.test.ts',
  'test/host/session/workshopSession.test.ts',
  'test/host/storage/createJsonChunkEncoder.test.ts',
  'test/host/storage/workshopRepository.test.ts',
];

export default defineConfig({
  test: {
    // Vitest's default is one worker per core but one: a single worker on a 2-core CI machine,
    // where most of the host tests' time is spent waiting on child processes and the disk.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      // The pure projects keep no state in their modules, so their files share one module
      // graph per worker (isolate: false) instead of importing the domain afresh for each.
      { test: { name: 'domain', include: ['test/domain/**/*.test.ts'], environment: 'node', isolate: false } },
      { test: { name: 'app', include: ['test/app/**/*.test.ts'], environment: 'node', isolate: false } },
      // Node-side tests never load the real electron module: it would try to download its binary.
      // The host's own modules keep no state but caches, so most host files share one module
      // graph per worker too (each file imported afresh cost about a minute of a CI run). Files
      // that replace modules or globals, and the shell's (test/main: the fake electron module's
      // state), each get a fresh graph.
      {
        resolve: { alias: { electron: fakeElectron } },
        test: { name: 'host', include: ['test/host/**/*.test.ts'], exclude: [...configDefaults.exclude, ...HOST_FILES_NEEDING_ISOLATION], isolate: false, environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        resolve: { alias: { electron: fakeElectron } },
        test: { name: 'host-isolated', include: ['test/main/**/*.test.ts', ...HOST_FILES_NEEDING_ISOLATION], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
      },
      { test: { name: 'e2e', include: ['test/e2e/**/*.spec.ts'], environment: 'node', isolate: false, testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: true, maxWorkers: 2,
          setupFiles: ['test/e2e/support/yieldToUnitTests.ts'],
          // One retry for a spec that stalls under the load of two browsers on a 2-core machine;
          // a real regression fails both tries. Each attempt starts on a fresh data folder.
          retry: 1,
          // Specs wait for states: a poll gets as long as a locator step (openApp's 15 s), not
          // vitest's default second, which a busy machine can spend on one render.
          expect: { poll: { timeout: 15_000 } } } },
    ],
  },
});
