// The export worker's own worker for its files' bytes (export-file-writer.ts): the export worker builds the CSV
// and encodes it while this one writes the bytes before them. One per export, ended with it.
import * as Comlink from 'comlink';
import { openPrivateFile, type PrivateDirectory, type PrivateFile } from './export-file-writer';

const files = new Map<string, PrivateFile>();

async function directory(): Promise<PrivateDirectory> {
  return (await navigator.storage.getDirectory()) as unknown as PrivateDirectory;
}

const api = {
  /** Answers once this worker runs (the export worker's handshake). */
  ready(): true {
    return true;
  },
  async open(name: string): Promise<void> {
    files.set(name, await openPrivateFile(await directory(), name));
  },
  /** Writes the bytes and hands their buffer back (transferred) for the export worker's next ones. */
  write(name: string, bytes: Uint8Array): Uint8Array {
    files.get(name)!.write(bytes);
    return Comlink.transfer(bytes, [bytes.buffer]);
  },
  close(name: string): void {
    files.get(name)!.close();
    files.delete(name);
  },
  async abort(name: string): Promise<void> {
    await files.get(name)?.abort();
    files.delete(name);
  },
};

export type ExportFileWorkerApi = typeof api;
Comlink.expose(api);
