// Worker thread of the fast CSV path: classifies the chunks the main thread sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { boundariesPath, readBoundaries } from '../read-boundaries.ts';
import { ChunkClassifier, type ChunkLayout } from './classify-chunk.ts';

export interface WorkerSetup {
  full: boolean;
  ids: string[];
}

/** The first message gives the file's layout (known once the main thread's pre-scan is done); then chunks. */
export type WorkerMessage = { layout: ChunkLayout } | { seq: number; bytes: Uint8Array };

// ignoreBOM keeps a U+FEFF at a chunk's start as data, as the papaparse path's stream decoding does.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

const setup = workerData as WorkerSetup;
const byId = new Map(readBoundaries(boundariesPath(setup.full)).map((b) => [b.properties.id, b]));
const boundaries = setup.ids.map((id) => byId.get(id) as NonNullable<ReturnType<typeof byId.get>>);
// The indexes are built now, while the main thread pre-scans the file.
let classifier: ChunkClassifier | null = null;
const warm = new ChunkClassifier(boundaries, {
  columns: 1,
  lonColumn: 0,
  latColumn: 0,
  idColumn: -1,
  newline: '\n',
});
parentPort?.on('message', (message: WorkerMessage) => {
  if ('layout' in message) {
    classifier = new ChunkClassifier(boundaries, message.layout);
    return;
  }
  const text = decoder.decode(message.bytes);
  parentPort?.postMessage({ seq: message.seq, result: (classifier ?? warm).classify(text) });
});
