// What is known of the loaded events against the loaded boundaries: the built-in data's inside/outside
// answers (precomputed at build time) until the full classification (inside, distance, nearest point)
// is computed in the analysis worker, at once for other data, on first need for the built-in data.
// The answers live in the store (`classification`, `insideOnly`); this controller computes them.
import type { ReactiveController } from 'lit';
import type { EventClassification } from '../../data/classification.ts';
import type { EventFeature } from '../../data/types.ts';
import { builtInInside, classifyInWorker } from '../../worker/analysis-access.ts';
import type { MapContext } from './context.ts';

export class Classifications implements ReactiveController {
  #ctx: MapContext;
  #abort: AbortController | undefined;
  /** The full classification of the loaded events, while it is computed or once it is. */
  #classifying: Promise<EventClassification[]> | undefined;

  constructor(ctx: MapContext) {
    this.#ctx = ctx;
    ctx.host.addController(this);
  }

  hostConnected(): void {}

  /** Stops a classification in the worker (the map is removed with the element). */
  hostDisconnected(): void {
    this.abort();
  }

  /**
   * The events were loaded: takes the precomputed answers or classifies them in the worker. Resolves to
   * false when a newer map took over meanwhile; throws what the worker threw (an AbortError when stopped).
   */
  async start(events: EventFeature[], generation: number): Promise<boolean> {
    const { store } = this.#ctx;
    this.#abort?.abort();
    this.#abort = new AbortController();
    this.#classifying = undefined;
    // hidden imported datasets are classified too, so showing one needs no new run
    const hidden = store.datasets.hiddenEvents();
    const precomputed = hidden.length === 0 ? builtInInside(events, store.boundaries) : null;
    if (precomputed) {
      store.update({ classification: null, insideOnly: precomputed });
      return true;
    }
    store.update({ insideOnly: null, classifyProgress: 0 });
    const current = () => generation === this.#ctx.generation;
    const all = classifyInWorker(
      [...events, ...hidden],
      store.boundaries,
      this.#abort.signal,
      (done, total) => {
        if (current()) store.update({ classifyProgress: done / total });
      },
    ).finally(() => {
      if (current()) store.update({ classifyProgress: null });
    });
    this.#classifying = all.then((results) => results.slice(0, events.length));
    this.#classifying.catch(() => {}); // reported by the caller
    const results = await all;
    if (!current()) return false;
    store.datasets.stashHidden(results.slice(events.length));
    store.update({ classification: results.slice(0, events.length) });
    return true;
  }

  /** Resolves to the full classification, computing it first if needed; null when no events are loaded. */
  load(): EventClassification[] | Promise<EventClassification[]> | null {
    const { store } = this.#ctx;
    if (store.classification) return store.classification;
    if (store.insideOnly) this.#classifying ??= this.#classifyLoaded();
    return this.#classifying ?? null;
  }

  /** Stops a classification in the worker (the map is removed or rebuilt). */
  abort(): void {
    this.#abort?.abort();
  }

  /** The built-in data's distances, on first need: classify() in the worker, as for any other data. */
  async #classifyLoaded(): Promise<EventClassification[]> {
    const { store } = this.#ctx;
    const generation = this.#ctx.generation;
    const { events, boundaries } = store;
    try {
      const results = await classifyInWorker(events, boundaries, this.#abort?.signal);
      const current =
        generation === this.#ctx.generation && events === store.events && boundaries === store.boundaries;
      if (current && !store.classification) store.update({ classification: results });
      else if (!current) this.#classifying = undefined;
      return results;
    } catch (error) {
      this.#classifying = undefined;
      if ((error as Error).name !== 'AbortError') {
        this.#ctx.report(`Distances could not be computed: ${(error as Error).message}`, error);
      }
      throw error;
    }
  }
}
