import './configureZod';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { ConsoleApp } from './ConsoleApp';
import { forgetLaunchToken, startApp, type AppView } from './startApp';
import './theme/tokens.css';
import './theme/base.css';
import './library/library.css';
import './workshop/workshop.css';
import './phases/setup/setup.css';

const ProjectorView = lazy(() => import('./projector/ProjectorView').then((module) => ({ default: module.ProjectorView })));

const view: AppView = new URLSearchParams(window.location.search).get('view') === 'projector' ? 'projector' : 'console';
forgetLaunchToken();
startApp(view);
document.documentElement.dataset.view = view;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {view === 'projector' ? (
      <Suspense fallback={null}>
        <ProjectorView />
      </Suspense>
    ) : (
      <ConsoleApp />
    )}
  </StrictMode>,
);
