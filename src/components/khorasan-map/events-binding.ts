// The seam between <khorasan-map> and the event modules (marker layers, filters, list, details, time
// filter). The element holds the state; this passes slices of it down and keeps the marker layers of the
// main map (and of the swipe map) in step. Panels report changes through the handlers.
import { html, nothing, type TemplateResult } from 'lit';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { hasDistances, type InsideClassification } from '../../data/classification.ts';
import { lacksDetails } from '../../data/event-split.ts';
import { filterEventPositions, insideOf } from '../../data/filter-events-cached.ts';
import { countInsideOutside } from '../../data/incidents.ts';
import { BUILT_IN_PERIOD, type Period } from '../../data/time-window.ts';
import type { EventFeature } from '../../data/types.ts';
import type { ThemeName } from '../../map/colors.ts';
import { EventLayers } from '../../map/event-layers.ts';
import { clusterMaxZoomFor, EVENT_COLORS, sizeLegendSteps } from '../../map/event-style.ts';
import { FONT_BOLD } from '../../map/style.ts';
import type { MapState } from '../../state/map-state.ts';
import '../km-event-list/km-event-list.ts';
import '../km-filters/km-filters.ts';
import '../km-timeline/km-timeline.ts';
import { svg } from 'lit';
import type { LegendItem } from '../km-legend/km-legend.ts';

/** Small clusters, so that Kerman, Moscow and Dagestan stand apart in the default view. */
const CLUSTER_RADIUS = 24;

export interface EventsContext {
  events: readonly EventFeature[];
  classification: readonly InsideClassification[] | null;
  state: MapState;
  theme: ThemeName;
  countryNames?: Record<string, string>;
  /** The loaded events' period: the timeline's range. */
  period?: Period;
}

export interface EventsHandlers {
  onSelect: (e: Event) => void;
  onFilters: (e: Event) => void;
  boundaryName: (id: string) => string;
  /** Shows a failure the way the element shows its errors. */
  report: (message: string, cause?: unknown) => void;
}

let detailsPanel: Promise<unknown> | undefined;
/** <km-details> is defined on the first selection (readers who never click need not fetch it). */
function loadDetailsPanel(report: EventsHandlers['report']): void {
  if (detailsPanel) return;
  detailsPanel = import('../km-details/km-details.ts').catch((error: unknown) => {
    detailsPanel = undefined;
    report(`The details panel could not be loaded: ${(error as Error).message}`, error);
  });
}

export class EventsBinding {
  #main: EventLayers | undefined;
  #top: EventLayers | undefined;
  #onSelect: ((id: string) => void) | undefined;
  #seen = new WeakMap<EventLayers, { events: unknown; classification: unknown; theme: ThemeName }>();
  #memo: { key: unknown[]; value: EventFeature[]; positions: Uint32Array } | null = null;
  #countMemo: { key: unknown[]; value: { inside: number; outside: number }[] } | null = null;

  /** Adds the marker layers to the main map; `onSelect` is called with the id of a clicked marker. */
  attach(map: MaplibreMap, ctx: EventsContext, onSelect: (id: string) => void): void {
    this.#onSelect = onSelect;
    this.#main?.destroy();
    this.#main = new EventLayers(map, {
      textFont: FONT_BOLD,
      clusterRadius: CLUSTER_RADIUS,
      theme: ctx.theme,
      activeBoundary: ctx.state.activeBoundary,
      onSelect: (id) => this.#onSelect?.(id),
    });
    this.update(ctx);
  }

  /** The same markers on the swipe map (no tooltip there: it never receives the pointer). */
  attachSecondary(map: MaplibreMap, ctx: EventsContext): void {
    this.#top?.destroy();
    this.#top = new EventLayers(map, {
      textFont: FONT_BOLD,
      clusterRadius: CLUSTER_RADIUS,
      theme: ctx.theme,
      activeBoundary: ctx.state.activeBoundary,
      tooltip: false,
    });
    this.update(ctx);
  }

  detachSecondary(): void {
    this.#top?.destroy();
    this.#top = undefined;
  }

  detach(): void {
    this.detachSecondary();
    this.#main?.destroy();
    this.#main = undefined;
  }

  get layers(): EventLayers | undefined {
    return this.#main;
  }

  update(ctx: EventsContext): void {
    const { positions } = this.#filtered(ctx.events, ctx.classification, ctx.state);
    for (const layers of [this.#main, this.#top]) {
      if (!layers) continue;
      const seen = this.#seen.get(layers);
      if (!seen || seen.events !== ctx.events) {
        layers.setClusterMaxZoom(clusterMaxZoomFor(ctx.events.length));
        layers.setEvents(ctx.events, ctx.classification ?? undefined);
      } else if (seen.classification !== ctx.classification && ctx.classification) {
        layers.setClassifications(ctx.classification);
      }
      if (seen && seen.theme !== ctx.theme) layers.setTheme(ctx.theme);
      this.#seen.set(layers, { events: ctx.events, classification: ctx.classification, theme: ctx.theme });
      layers.setActiveBoundary(ctx.state.activeBoundary);
      layers.setFiltered(positions.length === ctx.events.length ? null : positions);
      layers.setSelected(ctx.state.selected);
    }
  }

  /** The events that pass the filters (memoised on its inputs: called on every render). */
  filter(
    events: readonly EventFeature[],
    classification: readonly InsideClassification[] | null,
    state: MapState,
  ): EventFeature[] {
    return this.#filtered(events, classification, state).value;
  }

  #filtered(
    events: readonly EventFeature[],
    classification: readonly InsideClassification[] | null,
    state: MapState,
  ): { value: EventFeature[]; positions: Uint32Array } {
    const key = [events, classification, state.filters, state.activeBoundary];
    if (this.#memo?.key.every((k, i) => k === key[i])) return this.#memo;
    // typed-array index and inside flags cached per events/classification array: ~1 ms at 200,000 events
    const positions = filterEventPositions(events, state.filters, classification, state.activeBoundary);
    const value = new Array<EventFeature>(positions.length);
    for (let k = 0; k < positions.length; k++) value[k] = events[positions[k]];
    this.#memo = { key, value, positions };
    return this.#memo;
  }

  /** Inside/outside counts of the filtered events for each boundary id (memoised; flags cached per boundary). */
  countInside(
    events: readonly EventFeature[],
    classification: readonly InsideClassification[] | null,
    state: MapState,
    boundaryIds: readonly string[],
  ): { inside: number; outside: number }[] {
    const { positions } = this.#filtered(events, classification, state);
    const key = [positions, boundaryIds.join(' ')];
    if (this.#countMemo?.key.every((k, i) => k === key[i])) return this.#countMemo.value;
    // an incident at several places counts once (src/data/incidents.ts)
    const value = boundaryIds.map((id) =>
      classification
        ? countInsideOutside(events, positions, insideOf(events, classification, id))
        : { inside: 0, outside: 0 },
    );
    this.#countMemo = { key, value };
    return value;
  }

  renderSidebar(ctx: EventsContext, filtered: readonly EventFeature[], h: EventsHandlers): TemplateResult {
    const s = ctx.state;
    const activeName = h.boundaryName(s.activeBoundary);
    return html`
      <section class="section" aria-labelledby="h-filters">
        <h3 id="h-filters">Filters</h3>
        <km-filters
          part="filters"
          .filters=${s.filters}
          .events=${ctx.events}
          .countryNames=${ctx.countryNames ?? {}}
          active-boundary-name=${activeName}
          @km-filters-change=${h.onFilters}
        ></km-filters>
      </section>
      <section class="section" aria-labelledby="h-events">
        <h3 id="h-events">Events</h3>
        <km-event-list
          part="event-list"
          .events=${filtered}
          .classifications=${ctx.classification ?? []}
          .selected=${s.selected}
          active-boundary=${s.activeBoundary}
          active-boundary-name=${activeName}
          @km-select=${h.onSelect}
        ></km-event-list>
      </section>
    `;
  }

  /** The details panel of the selected event (nothing when none is selected). */
  renderDetails(ctx: EventsContext, h: EventsHandlers): TemplateResult | typeof nothing {
    const s = ctx.state;
    const event = s.selected ? (ctx.events.find((e) => e.properties.id === s.selected) ?? null) : null;
    // a built-in event's details arrive on first selection; the element re-renders then
    if (!event || lacksDetails(event)) return nothing;
    // Lit keeps the properties set before the element is defined and applies them on upgrade.
    loadDetailsPanel(h.report);
    const found = ctx.classification?.find((c) => c.id === event.properties.id);
    // the panel says "computing…" until the distances are there
    const classification = found && hasDistances(found) ? found : null;
    const boundaries = Object.keys(classification?.results ?? {}).map((id) => ({
      id,
      name: h.boundaryName(id),
    }));
    // events drawn at the same point hide one another on the map: the card lists them all
    const [lon, lat] = event.geometry.coordinates;
    const atPoint = this.filter(ctx.events, ctx.classification, s)
      .filter((e) => e.geometry.coordinates[0] === lon && e.geometry.coordinates[1] === lat)
      .map((e) => ({ id: e.properties.id, date: e.properties.date, place: e.properties.place }));
    return html`<km-details
      part="details"
      class="details"
      closable
      .event=${event}
      .classification=${classification}
      .boundaries=${boundaries}
      active-boundary=${s.activeBoundary}
      .atPoint=${atPoint.length > 1 ? atPoint : []}
      @km-close=${h.onSelect}
      @km-select=${h.onSelect}
    ></km-details>`;
  }

  renderTimeline(ctx: EventsContext, h: EventsHandlers): TemplateResult {
    return html`<km-timeline
      part="timeline"
      class="timeline"
      from=${ctx.state.filters.from}
      to=${ctx.state.filters.to}
      min=${ctx.period?.from ?? BUILT_IN_PERIOD.from}
      max=${ctx.period?.to ?? BUILT_IN_PERIOD.to}
      .events=${ctx.events}
      @km-filters-change=${h.onFilters}
    ></km-timeline>`;
  }

  /** Legend rows for the markers: fill = inside/outside the active boundary, shape = type, size = killed. */
  legendItems(ctx: EventsContext, activeName: string): LegendItem[] {
    if (ctx.events.length === 0) return [];
    const c = EVENT_COLORS[ctx.theme];
    const sizes = sizeLegendSteps();
    const largest = Math.min(Math.max(...sizes.map((x) => x.radius)), 9);
    return [
      {
        label: `Inside / outside (white centre): ${activeName}`,
        swatch: html`<svg class="swatch" width="34" height="18" aria-hidden="true">
          <circle cx="9" cy="9" r="5.5" fill=${c.inside} stroke=${c.stroke} stroke-width="1"></circle>
          <circle cx="25" cy="9" r="5.5" fill=${c.outside} stroke=${c.stroke} stroke-width="1"></circle>
          <circle cx="25" cy="9" r="1.7" fill=${c.stroke}></circle>
        </svg>`,
      },
      {
        label: 'Attack · plot · arrest · other (not violent, pale)',
        swatch: html`<svg class="swatch" width="44" height="18" aria-hidden="true">
          <circle cx="5.5" cy="9" r="4" fill=${c.unknown}></circle>
          <circle cx="16.5" cy="9" r="3.6" fill="none" stroke=${c.unknown} stroke-width="1.8"></circle>
          <rect x="24" y="5" width="8" height="8" fill=${c.unknown}></rect>
          <circle cx="39" cy="9" r="4" fill=${c.unknown} fill-opacity="0.4"></circle>
        </svg>`,
      },
      {
        label: `Area ∝ killed: ${sizes.map((x) => x.killed).join(', ')}`,
        swatch: html`<svg class="swatch" width="34" height="20" aria-hidden="true">
          ${sizes
            .slice()
            .reverse()
            .map((x) => {
              const r = (Math.min(x.radius, 9) / largest) * 9;
              return svg`<circle cx="17" cy=${19.5 - r} r=${r} fill="none" stroke=${c.unknown}></circle>`;
            })}
        </svg>`,
      },
    ];
  }
}
