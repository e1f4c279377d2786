// The events of one map: loads them (built-in, `events-src`, shown imported datasets) into the store, starts
// their classification, completes the built-in events' details on first need, announces each selection
// (`khorasan-select`) with the full event, and keeps the markers and the time filter on what is loaded.
import type { ReactiveController } from 'lit';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { eventsMode, withExtraEvents } from '../../data/embed-sources.ts';
import { lacksDetails, mergeEventDetails } from '../../data/event-split.ts';
import { loadEventDetails, loadEvents } from '../../data/load-geodata.ts';
import type { EventFeature } from '../../data/types.ts';
import { PeriodFollower } from '../../state/period-follower.ts';
import { emit } from '../events.ts';
import type { Classifications } from './classifications.ts';
import type { MapContext } from './context.ts';

export class EventData implements ReactiveController {
  #ctx: MapContext;
  #classifications: Classifications;
  #period = new PeriodFollower();
  #announceToken = 0;

  constructor(ctx: MapContext, classifications: Classifications) {
    this.#ctx = ctx;
    this.#classifications = classifications;
    ctx.host.addController(this);
    ctx.period = this.#period.period;
    ctx.store.subscribe((changed, before) => {
      if (changed.has('events')) this.#eventsChanged(before.events);
      if (changed.has('events') || changed.has('classification') || changed.has('insideOnly'))
        ctx.events.update(ctx.eventContext());
    });
    ctx.onStateChange((prev, next) => {
      if (prev.selected !== next.selected) this.announceSelection();
    });
  }

  hostConnected(): void {}

  hostDisconnected(): void {}

  /** Events and their classification; a failure here leaves the boundaries map working. */
  async load(map: MaplibreMap, generation: number): Promise<void> {
    const ctx = this.#ctx;
    const host = ctx.host;
    try {
      const events = ctx.store.datasets.withEvents(
        await withExtraEvents(
          await loadEvents(host.dataUrls.events),
          host.getAttribute('events-src'),
          eventsMode(host.getAttribute('events-mode')),
          ctx.report,
        ),
      );
      if (generation !== ctx.generation) return;
      ctx.store.update({ events });
      // a selection given at start: its details panel need not wait for the classification
      if (ctx.state.selected) void this.loadDetails().catch(() => {});
      ctx.events.attach(map, ctx.eventContext(), (id) => ctx.commit({ ...ctx.state, selected: id }, 'map'));
      if (!(await this.#classifications.start(events, generation))) return;
      ctx.events.update(ctx.eventContext());
      if (ctx.state.selected) this.announceSelection();
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      ctx.report(`Events could not be loaded or classified: ${(error as Error).message}`, error);
    }
  }

  /** Fetches the built-in events' details once (if not yet merged) and resolves to the complete events. */
  async loadDetails(): Promise<readonly EventFeature[]> {
    const { store, host } = this.#ctx;
    const url = host.dataUrls.eventDetails;
    if (url && store.events.some(lacksDetails)) {
      const details = await loadEventDetails(url);
      if (mergeEventDetails(store.events, details) > 0) host.requestUpdate();
    }
    return store.events;
  }

  /** Fires `khorasan-select` for the state's selection, once its event is complete. */
  announceSelection(): void {
    const ctx = this.#ctx;
    const id = ctx.state.selected;
    const token = ++this.#announceToken;
    const events = ctx.store.events;
    // before the events are loaded the id cannot be resolved; it is announced once they are
    if (id && events.length === 0) return;
    const find = () => (id ? (ctx.store.events.find((e) => e.properties.id === id) ?? null) : null);
    const dispatch = () => emit(ctx.host, 'khorasan-select', { id, event: find() });
    const event = find();
    // the details panel and the nearest line need the distances
    if (event && ctx.store.insideOnly) void ctx.host.loadClassifications().catch(() => {});
    if (!event || !lacksDetails(event)) {
      dispatch();
      return;
    }
    // `detail.event` is the full event: announce once its details are here (only the latest selection)
    void this.loadDetails()
      .catch((error) => ctx.report(`Event details could not be loaded: ${(error as Error).message}`, error))
      .then(() => {
        if (token === this.#announceToken) dispatch();
      });
  }

  /** New events: the time filter follows their period; a selected event that left is deselected. */
  #eventsChanged(before: readonly EventFeature[]): void {
    const ctx = this.#ctx;
    const { events } = ctx.store;
    this.#period.follow(events, ctx.state, (s) => ctx.commit(s, 'ui'));
    ctx.period = this.#period.period;
    const selected = ctx.state.selected;
    const has = (list: readonly EventFeature[]) => list.some((e) => e.properties.id === selected);
    if (selected && has(before) && !has(events)) ctx.commit({ ...ctx.state, selected: null }, 'ui');
  }
}
