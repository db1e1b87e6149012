/** See warmDateFormatting.ts: formats what the first screens format, then says so. */
const when = Date.UTC(2026, 11, 3, 9, 30);
new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(when);
new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(when);
new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(-5, 'minute');
new Date(when).toLocaleString();
(1234).toLocaleString();
postMessage('warm');

// A module of its own: its names stay out of the app's global scope.
export {};
