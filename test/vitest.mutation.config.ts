/**
 * Only the domain tests, for mutation testing of src/domain (npm run mutation). The suite runs
 * once per mutant, so property tests make a tenth of their usual runs.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['test/domain/**/*.test.ts'], environment: 'node', testTimeout: 60_000, env: { ACCORD_PROPERTY_RUNS_FACTOR: '0.1' } },
});
