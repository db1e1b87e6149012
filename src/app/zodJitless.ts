/**
 * What `zod` means in the renderer's build (an alias in electron.vite.config.ts): zod switched
 * to jitless mode before anything can build a schema with it. Otherwise zod probes `new Function`
 * while constructing object schemas, which the CSP (no 'unsafe-eval') reports as a violation.
 * As an alias it holds in whichever lazily loaded chunk first reaches a schema; the library
 * page's first script reaches none, and carries no zod.
 */
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
