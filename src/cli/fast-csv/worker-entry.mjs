// Entry of the fast path's worker threads: the CLI runs from TypeScript source through tsx, whose loader a
// worker thread does not inherit on Node 20, so it is registered here before the worker module loads.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
