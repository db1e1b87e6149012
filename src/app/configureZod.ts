/**
 * Imported first by main.tsx, before any schema is built: zod otherwise probes `new Function`
 * while constructing object schemas, which our CSP (no 'unsafe-eval') reports as a violation.
 */
import { z } from 'zod';

z.config({ jitless: true });
