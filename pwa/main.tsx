// Entry point: mounts the app and registers the service worker that makes it work offline.
import { render } from 'preact';
import { App } from './activity-lens-app';
import { registerServiceWorker } from './service-worker-registration';
import './app.css';

render(<App />, document.getElementById('app')!);
registerServiceWorker();
