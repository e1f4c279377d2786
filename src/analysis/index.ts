// Public API of the analysis core: pure functions, no DOM.
export { classify } from './classify.ts';
export { type CompareOptions, compareBoundaries } from './compare-boundaries.ts';
export {
  type BoundarySummary,
  type InsideOutside,
  type SummaryEvent,
  summarise,
  UNKNOWN,
} from './summarise.ts';
export type {
  BoundaryInput,
  BoundaryRelation,
  ClassifyResult,
  CompareResult,
  LonLatPoint,
} from './types.ts';
