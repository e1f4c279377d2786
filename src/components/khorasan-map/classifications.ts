// What is known of the loaded events against the loaded boundaries: the built-in data's inside/outside
// answers (precomputed at build time) until the full classification (inside, distance, nearest point)
// is computed in the analysis worker, at once for other data, on first need for the built-in data.
import type { EventClassification, InsideClassification } from '../../data/classification.ts';
import type { BoundaryFeature, EventFeature } from '../../data/types.ts';
import { builtInInside, classifyInWorker } from '../../worker/analysis-access.ts';
import type { ImportController } from './import-controller.ts';

/** What the controller needs of the element. */
export interface ClassificationsHost {
  /** Counts the map's creations: results for an older map are dropped. */
  generation(): number;
  events(): EventFeature[];
  boundaries(): BoundaryFeature[];
  imports: ImportController;
  /** The classification changed outside `start`: markers and panels follow. */
  changed(): void;
  /** A field the template shows changed: render again. */
  requestUpdate(): void;
  report(message: string, cause?: unknown): void;
}

export class Classifications {
  /** Every event against every boundary, or null until it is computed. */
  full: EventClassification[] | null = null;
  /** Until `full` is there: inside/outside of the built-in data, precomputed at build time. */
  insideOnly: InsideClassification[] | null = null;

  #host: ClassificationsHost;
  #abort: AbortController | undefined;
  /** The full classification of the loaded events, while it is computed or once it is. */
  #classifying: Promise<EventClassification[]> | undefined;

  constructor(host: ClassificationsHost) {
    this.#host = host;
  }

  /** What is known: the full classification, or inside/outside only until it is computed. */
  get known(): readonly InsideClassification[] | null {
    return this.full ?? this.insideOnly;
  }

  #set(full: EventClassification[] | null, insideOnly: InsideClassification[] | null): void {
    this.full = full;
    this.insideOnly = insideOnly;
    this.#host.requestUpdate();
  }

  /**
   * The events were loaded: takes the precomputed answers or classifies them in the worker. Resolves to
   * false when a newer map took over meanwhile; throws what the worker threw (an AbortError when stopped).
   */
  async start(events: EventFeature[], generation: number): Promise<boolean> {
    this.#abort?.abort();
    this.#abort = new AbortController();
    this.#classifying = undefined;
    const imports = this.#host.imports;
    // hidden imported datasets are classified too, so showing one needs no new run
    const hidden = imports.hiddenEvents();
    const precomputed = hidden.length === 0 ? builtInInside(events, this.#host.boundaries()) : null;
    if (precomputed) {
      this.#set(null, precomputed);
      return true;
    }
    this.#set(this.full, null);
    imports.restoreProgress(0);
    const all = classifyInWorker(
      [...events, ...hidden],
      this.#host.boundaries(),
      this.#abort.signal,
      (done, total) => {
        if (generation === this.#host.generation()) imports.restoreProgress(done / total);
      },
    ).finally(() => {
      if (generation === this.#host.generation()) imports.restoreProgress(null);
    });
    this.#classifying = all.then((results) => results.slice(0, events.length));
    this.#classifying.catch(() => {}); // reported by the caller
    const results = await all;
    if (generation !== this.#host.generation()) return false;
    imports.stashHidden(results.slice(events.length));
    this.#set(results.slice(0, events.length), null);
    return true;
  }

  /** Resolves to the full classification, computing it first if needed; null when no events are loaded. */
  load(): EventClassification[] | Promise<EventClassification[]> | null {
    if (this.full) return this.full;
    if (this.insideOnly) this.#classifying ??= this.#classifyLoaded();
    return this.#classifying ?? null;
  }

  /** Imported data brought its own classification (or dropped it). */
  replace(full: EventClassification[] | null | undefined): void {
    if (full !== undefined) this.full = full;
    if (full) this.insideOnly = null;
    this.#host.requestUpdate();
  }

  /** Stops a classification in the worker (the map is removed or rebuilt). */
  abort(): void {
    this.#abort?.abort();
  }

  /** The built-in data's distances, on first need: classify() in the worker, as for any other data. */
  async #classifyLoaded(): Promise<EventClassification[]> {
    const generation = this.#host.generation();
    const events = this.#host.events();
    const boundaries = this.#host.boundaries();
    try {
      const results = await classifyInWorker(events, boundaries, this.#abort?.signal);
      const current =
        generation === this.#host.generation() &&
        events === this.#host.events() &&
        boundaries === this.#host.boundaries();
      if (current && !this.full) {
        this.#set(results, null);
        this.#host.changed();
      } else if (!current) this.#classifying = undefined;
      return results;
    } catch (error) {
      this.#classifying = undefined;
      if ((error as Error).name !== 'AbortError') {
        this.#host.report(`Distances could not be computed: ${(error as Error).message}`, error);
      }
      throw error;
    }
  }
}
