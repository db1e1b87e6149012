// Before the app's own modules, so that both run while those are evaluated: the browser mode's
// connection to its host opens, and the date formatting's set-up starts on another core.
import './bridge/openHostSocketFirst';
import './warmDateFormatting';
import { lazy, StrictMode, Suspense } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { installCharterPrintView } from './charter/charterPrintGlobal';
import { ConsoleApp } from './ConsoleApp';
import { loadFirstScreen, loadFirstScreenAhead } from './loadFirstScreen';
import { whenFirstScreenCanShow, whenFirstScreenHasContent } from './stores/firstScreen';
import { requestedView } from './requestedView';
import { forgetLaunchToken, startApp, type AppView } from './startApp';
import { holdPictureWhileFrozen, useShownSessionStore } from './stores/shownSession';
import { readWorkshopFrom } from './stores/workshopSelectors';
import { loadScriptFonts } from './theme/loadScriptFonts';
import './theme/tokens.css';
import './theme/base.css';
import './library/library.css';
import './workshop/workshop.css';
import './phases/setup/setup.css';

const ProjectorView = lazy(() => import('./projector/ProjectorView').then((module) => ({ default: module.ProjectorView })));

const windowView = requestedView();
// The charter's print view connects to no host: the host that loaded it hands it the charter.
if (windowView === 'charter-print') installCharterPrintView(document.getElementById('root')!);
else startWindow(windowView);

function startWindow(view: AppView) {
  forgetLaunchToken();
  startApp(view);
  // A console last closed on the library starts there: its list goes out with the session, and
  // the library, once shown, takes that one instead of asking again. One last closed in a
  // workshop goes back into it (the host reopens it): its shell and phase load ahead.
  if (view === 'console') loadFirstScreenAhead();
  if (view === 'projector') {
    holdPictureWhileFrozen();
    readWorkshopFrom(useShownSessionStore);
  }
  document.documentElement.dataset.view = view;

  const root = createRoot(document.getElementById('root')!);
  // Committed when it returns (flushSync), where root.render would only schedule the work: what
  // waits for the first screen (the script fonts) then finds it in the next frame.
  const render = () =>
    flushSync(() =>
      root.render(
        <StrictMode>
          {view === 'projector' ? (
            <Suspense fallback={null}>
              <ProjectorView />
            </Suspense>
          ) : (
            <ConsoleApp />
          )}
        </StrictMode>,
      ),
    );
  // A console paints once its first screen is worth painting (firstScreen.ts).
  let committed: Promise<unknown>;
  if (view === 'console') committed = whenFirstScreenCanShow(loadFirstScreen).then(render);
  else {
    render();
    committed = Promise.resolve();
  }
  // A console that showed "Connecting…" first (its grace ran out) waits for its content too: the
  // store change that brings it renders at once, ahead of the frame the rules wait for.
  loadScriptFonts(view === 'console' ? Promise.all([committed, whenFirstScreenHasContent()]) : committed);
}
