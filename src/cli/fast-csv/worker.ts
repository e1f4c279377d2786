// Worker thread of the fast CSV path: classifies the chunks the main thread sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { boundariesPath, readBoundaries } from '../read-boundaries.ts';
import { ChunkClassifier, type ChunkLayout } from './classify-chunk.ts';

export interface WorkerSetup {
  full: boolean;
  ids: string[];
  layout: ChunkLayout;
}

const setup = workerData as WorkerSetup;
const byId = new Map(readBoundaries(boundariesPath(setup.full)).map((b) => [b.properties.id, b]));
const classifier = new ChunkClassifier(
  setup.ids.map((id) => byId.get(id) as NonNullable<ReturnType<typeof byId.get>>),
  setup.layout,
);
parentPort?.on('message', ({ seq, text }: { seq: number; text: string }) => {
  parentPort?.postMessage({ seq, result: classifier.classify(text) });
});
