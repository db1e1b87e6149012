/**
 * The first date or number a renderer formats costs 20–30 ms (ICU sets up its formatting data;
 * measured in Chromium 156), on the first screen's path: the library's cards and the console's
 * save time show dates. ICU keeps that set-up for the whole process, so a worker does it on
 * another core, and the formatters are made at their first use (onFirstUse) rather than while
 * the app's code is evaluated: by the first render that shows a date, the main thread's first
 * format takes under a millisecond. Imported by main.tsx ahead of the app's own modules, so the
 * worker starts before they are evaluated. The charter's print view shows no such dates.
 */
import { requestedView } from './requestedView';

if (requestedView() !== 'charter-print') {
  try {
    const worker = new Worker(new URL('./dateFormattingWarmer.worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    worker.addEventListener('message', done);
    worker.addEventListener('error', done);
  } catch {
    // No worker (an unusual host): the first date shown pays the set-up instead.
  }
}
