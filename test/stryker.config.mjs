// Mutation testing of the pure domain (npm run mutation; not part of npm test or CI).
// Runs only the domain tests. Concurrency is kept low: the machine's two cores are shared.
// Narrow it with e.g. `npm run mutation -- --mutate src/domain/applyCommand.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'test/vitest.mutation.config.ts' },
  mutate: ['src/domain/**/*.ts', '!src/domain/**/*.d.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Stryker rewrites this tsconfig through TypeScript's JS API, which TypeScript 7 no longer has.
  // The sandbox is a full copy of the project, so no path needs rewriting: point it at no file.
  tsconfigFile: 'test/no-tsconfig-rewrite.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
