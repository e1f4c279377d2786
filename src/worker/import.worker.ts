// Parses imported files and classifies what they hold, off the main thread (see import-run.ts). Posts
// progress; the main thread cancels by terminating the worker (a synchronous parse cannot read a cancel
// message). Large results go back in chunks, so the page decodes them in several short tasks instead of
// one long freeze. The dataset is also saved to IndexedDB from here, so the main thread never copies
// 200,000 events into the database itself.
import { ImportError } from '../data/import/import-types.ts';
import { saveDataset } from '../data/import/imported-store.ts';
import type { ImportOutcome, ImportPhase, ImportRequest, ImportResponse } from './import-protocol.ts';
import { runImport } from './import-run.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
};

/** Events per message back to the page. */
const TRANSFER_CHUNK = 10_000;

scope.onmessage = (event) => void run(event.data);

async function run(request: ImportRequest): Promise<void> {
  const { requestId } = request;
  const progress = (phase: ImportPhase, fraction: number) =>
    scope.postMessage({ type: 'progress', requestId, phase, fraction });
  try {
    const outcome = await runImport(request, progress);
    if (outcome.kind === 'events' && outcome.import.features.length > TRANSFER_CHUNK) {
      const { features } = outcome.import;
      for (let i = 0; i < features.length; i += TRANSFER_CHUNK) {
        scope.postMessage({
          type: 'chunk',
          requestId,
          features: features.slice(i, i + TRANSFER_CHUNK),
          classification: outcome.classification.slice(i, i + TRANSFER_CHUNK),
          total: features.length,
        });
      }
      scope.postMessage({
        type: 'done',
        requestId,
        outcome: { ...outcome, import: { ...outcome.import, features: [] }, classification: [] },
      });
    } else {
      scope.postMessage({ type: 'done', requestId, outcome });
    }
    await save(requestId, outcome, request);
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      requestId,
      message: error instanceof Error ? error.message : String(error),
      importError: error instanceof ImportError,
    });
  }
}

async function save(requestId: number, outcome: ImportOutcome, request: ImportRequest): Promise<void> {
  const importedAt = new Date().toISOString();
  const name = request.type === 'events' ? request.import.dataset : request.name;
  try {
    if (outcome.import.features.length === 0) {
      // nothing to keep
    } else if (outcome.kind === 'events') {
      await saveDataset({ kind: 'events', name, importedAt, features: outcome.import.features });
    } else {
      await saveDataset({ kind: 'boundaries', name, importedAt, features: outcome.import.features });
    }
    scope.postMessage({ type: 'saved', requestId });
  } catch (error) {
    scope.postMessage({ type: 'saved', requestId, error: (error as Error).message });
  }
}
