// The npm package's main entry: importing it defines <khorasan-map> and its panels (each only if its tag is
// still free) and exposes the element class, the state helpers and the shared data types.
export { KhorasanMap } from './components/khorasan-map/khorasan-map.ts';
export type { BoundaryFeature, BoundaryProperties, EventFeature, EventProperties } from './data/types.ts';
export { DEFAULT_STATE, type MapState } from './state/map-state.ts';
export { parseHash, stateToAttributes, stateToHash } from './state/url-state.ts';
