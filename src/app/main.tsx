import './configureZod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConsoleApp } from './ConsoleApp';
import { ProjectorView } from './projector/ProjectorView';
import { forgetLaunchToken, startApp, type AppView } from './startApp';
import './theme/tokens.css';
import './theme/base.css';
import './library/library.css';
import './workshop/workshop.css';
import './phases/setup/setup.css';
import './projector/projector.css';

const view: AppView = new URLSearchParams(window.location.search).get('view') === 'projector' ? 'projector' : 'console';
forgetLaunchToken();
startApp(view);
document.documentElement.dataset.view = view;

createRoot(document.getElementById('root')!).render(
  <StrictMode>{view === 'projector' ? <ProjectorView /> : <ConsoleApp />}</StrictMode>,
);
