// One Comlink proxy per worker for the page; Vite bundles each worker as its own module.
import * as Comlink from 'comlink';
import type { ImportWorkerApi } from './import-worker';
import type { ExportWorkerApi } from './export-worker';
import type { ViewWorkerApi } from './view-worker';

let importer: Comlink.Remote<ImportWorkerApi> | undefined;
let exporter: Comlink.Remote<ExportWorkerApi> | undefined;
let viewer: Comlink.Remote<ViewWorkerApi> | undefined;

export function importWorker(): Comlink.Remote<ImportWorkerApi> {
  importer ??= Comlink.wrap<ImportWorkerApi>(new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }));
  return importer;
}

export function exportWorker(): Comlink.Remote<ExportWorkerApi> {
  exporter ??= Comlink.wrap<ExportWorkerApi>(new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' }));
  return exporter;
}

export function viewWorker(): Comlink.Remote<ViewWorkerApi> {
  viewer ??= Comlink.wrap<ViewWorkerApi>(new Worker(new URL('./view-worker.ts', import.meta.url), { type: 'module' }));
  return viewer;
}

export { Comlink };
