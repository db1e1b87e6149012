/**
 * The first date or number a renderer formats costs 20–30 ms (ICU sets up its formatting data;
 * measured in Chromium 156), on the first screen's path: the library's cards and the console's
 * save time show dates. ICU keeps that set-up for the whole process, so a worker does it on
 * another core while the main thread is still evaluating the app's code; the main thread's first
 * format then takes under a millisecond. Imported first by main.tsx, so it starts before the rest.
 */
try {
  const worker = new Worker(new URL('./dateFormattingWarmer.worker.ts', import.meta.url), { type: 'module' });
  const done = () => worker.terminate();
  worker.addEventListener('message', done);
  worker.addEventListener('error', done);
} catch {
  // No worker (an unusual host): the first date shown pays the set-up instead.
}
