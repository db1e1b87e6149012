/** Which view this window was opened for (`?view=` in its address): the console unless it says otherwise. */
export type RequestedView = 'console' | 'projector' | 'charter-print';

export function requestedView(): RequestedView {
  const view = new URLSearchParams(window.location.search).get('view');
  return view === 'projector' || view === 'charter-print' ? view : 'console';
}
