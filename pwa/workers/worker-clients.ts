// One Comlink proxy per worker for the page; Vite bundles each worker as its own module.
import * as Comlink from 'comlink';
import type { ImportWorkerApi } from './import-worker';
import type { ExportWorkerApi } from './export-worker';
import type { InsightWorkerApi } from './insight-worker';
import type { InsightSource } from '../views/insight/insight-view';
import type { AlertsWorkerApi } from './alerts-worker';
import type { ViewWorkerApi } from './view-worker';

let importer: Comlink.Remote<ImportWorkerApi> | undefined;
let exporter: Comlink.Remote<ExportWorkerApi> | undefined;
let alerts: Comlink.Remote<AlertsWorkerApi> | undefined;
let viewer: Comlink.Remote<ViewWorkerApi> | undefined;

export function importWorker(): Comlink.Remote<ImportWorkerApi> {
  importer ??= Comlink.wrap<ImportWorkerApi>(new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }));
  return importer;
}

export function exportWorker(): Comlink.Remote<ExportWorkerApi> {
  exporter ??= Comlink.wrap<ExportWorkerApi>(new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' }));
  return exporter;
}

let insight: Comlink.Remote<InsightWorkerApi> | undefined;
export function insightWorker(): Comlink.Remote<InsightWorkerApi> {
  insight ??= Comlink.wrap<InsightWorkerApi>(new Worker(new URL('./insight-worker.ts', import.meta.url), { type: 'module' }));
  return insight;
}

/** The insight views' data source: the worker, with the progress callback passed as a Comlink proxy. */
export const insightSource: InsightSource = {
  compute: (request, onProgress) => insightWorker().compute(request, Comlink.proxy(onProgress)),
  exportSection: (section, lang, delimiter) => insightWorker().exportSection(section, lang, delimiter),
};

export function alertsWorker(): Comlink.Remote<AlertsWorkerApi> {
  alerts ??= Comlink.wrap<AlertsWorkerApi>(new Worker(new URL('./alerts-worker.ts', import.meta.url), { type: 'module' }));
  return alerts;
}

export function viewWorker(): Comlink.Remote<ViewWorkerApi> {
  viewer ??= Comlink.wrap<ViewWorkerApi>(new Worker(new URL('./view-worker.ts', import.meta.url), { type: 'module' }));
  return viewer;
}

export { Comlink };
