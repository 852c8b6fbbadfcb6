// Entry point: mounts the app and registers the service worker that makes it work offline.
import { render } from 'preact';
import { App } from './activity-lens-app';
import { registerServiceWorker } from './service-worker-registration';
import './app.css';

render(<App />, document.getElementById('app')!);
registerServiceWorker();
// Benchmark hooks load only with ?bench, as a lazy chunk users never download.
if (new URLSearchParams(location.search).has('bench')) void import('./bench-hooks');
