// A consumer app of the npm package: imports it by name, as an app that installed it would.
import { KhorasanMap, stateToHash } from 'khorasan-map';
import { classify } from 'khorasan-map/analysis';

window.__consumer = { element: typeof KhorasanMap, stateToHash: typeof stateToHash, classify: typeof classify };
