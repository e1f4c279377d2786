// Event markers on a maplibre Map: one clustered GeoJSON source, layers from event-style.ts, hover tooltip,
// click to select, click a cluster to zoom in, and the line from the selected event to the nearest point of
// the active boundary's outline.
//
// Filtering is incremental: the source holds only the events that pass the filters, and a filter change sends
// maplibre a diff (updateData: ids removed/added) instead of the whole collection, so one time step of a
// moving window costs a few hundred features, not 200,000. Large changes fall back to setData.
import type { Feature, FeatureCollection, Point } from 'geojson';
import { type GeoJSONSource, type MapLayerMouseEvent, type Map as MaplibreMap, Popup } from 'maplibre-gl';
import { classificationById, type InsideClassification } from '../data/classification.ts';
import { formatEventDate, formatKm } from '../data/event-format.ts';
import type { EventFeature } from '../data/types.ts';
import type { ThemeName } from './colors.ts';
import {
  clusterProperties,
  EVENT_COLORS,
  EVENT_LAYERS,
  EVENT_SOURCE,
  type EventColors,
  eventLayerSpecs,
  MARKER_LAYERS,
  markerRadius,
  NEAREST_SOURCE,
  PROP,
  SQUARE_IMAGE,
  squareSdfImage,
} from './event-style.ts';
import { geodesicLine } from './geodesic-line.ts';

export interface EventLayersOptions {
  /** Font stack for cluster counts and the distance label (the style has no glyphs: local fonts). */
  textFont: string[];
  theme?: ThemeName;
  /** Overrides the theme's marker colours. */
  colors?: Partial<EventColors>;
  /** Insert the event layers below this layer (default: on top). */
  beforeId?: string;
  activeBoundary?: string;
  /** Events are clustered up to this zoom (integer). */
  clusterMaxZoom?: number;
  clusterRadius?: number;
  /** Called with the event id when a marker is clicked. */
  onSelect?: (id: string) => void;
  /** Show the hover tooltip (default true). */
  tooltip?: boolean;
}

type MarkerProps = Record<string, string | number>;
type MarkerFeature = Feature<Point, MarkerProps> & { id: number };

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Diffs larger than this share of the dataset are sent as a whole new collection instead. */
const DIFF_LIMIT = 0.35;

export class EventLayers {
  private readonly map: MaplibreMap;
  private readonly options: EventLayersOptions;
  private colors: EventColors;
  private activeBoundary: string;

  private events: readonly EventFeature[] = [];
  private indexById = new Map<string, number>();
  private byId = new Map<string, InsideClassification>();
  private features: MarkerFeature[] = [];
  /** Boundaries the source's cluster properties count inside/outside for. */
  private boundaryIds: string[] = [];
  /** 1 where the event is currently in the source. */
  private shown: Uint8Array = new Uint8Array(0);
  private wanted: Uint8Array | null = null;
  private selectedIndex = -1;
  private hoverIndex = -1;
  private popup: Popup | null = null;
  private readonly detach: (() => void)[] = [];

  /** Main-thread milliseconds spent by the last setFiltered call (what a filter step costs here). */
  lastFilterMs = 0;
  /** How the last filter change reached maplibre. */
  lastFilterMode: 'diff' | 'replace' | 'none' = 'none';

  constructor(map: MaplibreMap, options: EventLayersOptions) {
    this.map = map;
    this.options = options;
    this.activeBoundary = options.activeBoundary ?? '';
    this.colors = { ...EVENT_COLORS[options.theme ?? 'light'], ...options.colors };
    this.install();
    this.listen();
  }

  /** Adds the sources, the square icon and the layers if the current style lacks them (e.g. after setStyle). */
  install(): void {
    const map = this.map;
    if (!map.getSource(EVENT_SOURCE)) {
      map.addSource(EVENT_SOURCE, {
        type: 'geojson',
        data: EMPTY,
        cluster: true,
        clusterMaxZoom: this.options.clusterMaxZoom ?? 5,
        clusterRadius: this.options.clusterRadius ?? 40,
        clusterProperties: clusterProperties(this.boundaryIds),
        maxzoom: 12,
      });
      this.shown = new Uint8Array(this.events.length);
      if (this.features.length) void this.replace(this.wanted ?? new Uint8Array(this.events.length).fill(1));
    }
    if (!map.getSource(NEAREST_SOURCE)) {
      map.addSource(NEAREST_SOURCE, { type: 'geojson', data: EMPTY });
      this.drawNearest();
    }
    if (!map.hasImage(SQUARE_IMAGE)) map.addImage(SQUARE_IMAGE, squareSdfImage(), { sdf: true });
    if (!map.getLayer(EVENT_LAYERS.circles)) this.addLayers();
    if (this.selectedIndex >= 0) this.setState(this.selectedIndex, { selected: true });
  }

  private addLayers(): void {
    const specs = eventLayerSpecs({
      colors: this.colors,
      activeBoundary: this.activeBoundary,
      textFont: this.options.textFont,
    });
    const before =
      this.options.beforeId && this.map.getLayer(this.options.beforeId) ? this.options.beforeId : undefined;
    for (const spec of specs) this.map.addLayer(spec, before);
  }

  private removeLayers(): void {
    for (const id of Object.values(EVENT_LAYERS)) if (this.map.getLayer(id)) this.map.removeLayer(id);
  }

  /** A new dataset. Classification results may follow later through setClassifications. */
  setEvents(events: readonly EventFeature[], classifications?: readonly InsideClassification[]): void {
    this.events = events;
    this.indexById = new Map(events.map((e, i) => [e.properties.id, i]));
    if (classifications) this.byId = classificationById(classifications);
    this.selectedIndex = -1;
    this.wanted = null;
    this.shown = new Uint8Array(0);
    this.buildFeatures();
    this.syncBoundaryIds();
    void this.replace(new Uint8Array(events.length).fill(1));
    this.drawNearest();
  }

  /** Classification results arrived (or changed): marker fills and the nearest line follow. */
  setClassifications(classifications: readonly InsideClassification[]): void {
    this.byId = classificationById(classifications);
    this.buildFeatures();
    this.syncBoundaryIds();
    void this.replace(this.wanted ?? new Uint8Array(this.events.length).fill(1));
    this.drawNearest();
  }

  /**
   * Clusters up to this zoom (integer). Large datasets need clusters further in: 200,000 single markers in
   * view make every frame slow. The source is rebuilt only when the value changes.
   */
  setClusterMaxZoom(zoom: number): void {
    if ((this.options.clusterMaxZoom ?? 5) === zoom) return;
    this.options.clusterMaxZoom = zoom;
    if (!this.map.getSource(EVENT_SOURCE)) return;
    this.removeLayers();
    this.map.removeSource(EVENT_SOURCE);
    this.install();
  }

  /** The boundary that fills and the nearest line refer to. Only paint and filters change. */
  setActiveBoundary(id: string): void {
    if (id === this.activeBoundary) return;
    this.activeBoundary = id;
    this.removeLayers();
    this.addLayers();
    this.drawNearest();
  }

  setTheme(theme: ThemeName, overrides?: Partial<EventColors>): void {
    this.colors = { ...EVENT_COLORS[theme], ...this.options.colors, ...overrides };
    this.removeLayers();
    this.addLayers();
  }

  /**
   * Shows only these events: positions into the events array (e.g. from filterEventIndices), the filtered
   * features themselves, or null for all. The promise settles when maplibre's worker has the new data.
   */
  setFiltered(filtered: Uint32Array | readonly number[] | readonly EventFeature[] | null): Promise<void> {
    const t0 = performance.now();
    const n = this.events.length;
    const next = new Uint8Array(n);
    if (filtered === null) next.fill(1);
    else if (filtered.length > 0 && typeof filtered[0] === 'object') {
      for (const e of filtered as readonly EventFeature[]) {
        const i = this.indexById.get(e.properties.id);
        if (i !== undefined) next[i] = 1;
      }
    } else {
      const positions = filtered as ArrayLike<number>;
      for (let k = 0; k < positions.length; k++) if (positions[k] < n) next[positions[k]] = 1;
    }
    this.wanted = next;
    const applied = this.apply(next);
    this.lastFilterMs = performance.now() - t0;
    return applied;
  }

  /** Selects an event by id (null clears): highlight ring and the line to the active boundary. */
  setSelected(id: string | null): void {
    const index = id === null ? -1 : (this.indexById.get(id) ?? -1);
    if (index === this.selectedIndex) return;
    if (this.selectedIndex >= 0) this.setState(this.selectedIndex, { selected: false });
    this.selectedIndex = index;
    if (index >= 0) this.setState(index, { selected: true });
    this.drawNearest();
  }

  /** The source's feature id (position in the events array) of an event id, or -1. */
  featureIdOf(id: string): number {
    return this.indexById.get(id) ?? -1;
  }

  destroy(): void {
    for (const off of this.detach.splice(0)) off();
    this.popup?.remove();
    if (!this.map.style) return;
    this.removeLayers();
    for (const id of [EVENT_SOURCE, NEAREST_SOURCE]) if (this.map.getSource(id)) this.map.removeSource(id);
    if (this.map.hasImage(SQUARE_IMAGE)) this.map.removeImage(SQUARE_IMAGE);
  }

  /** Cluster properties are fixed when a source is created: a new set of boundaries means a new source. */
  private syncBoundaryIds(): void {
    const ids = new Set<string>();
    for (const c of this.byId.values()) for (const id in c.results) ids.add(id);
    const next = [...ids].sort();
    if (next.join(' ') === this.boundaryIds.join(' ')) return;
    this.boundaryIds = next;
    if (!this.map.getSource(EVENT_SOURCE)) return;
    this.removeLayers();
    this.map.removeSource(EVENT_SOURCE);
    this.install();
  }

  private buildFeatures(): void {
    const boundaryPrefix = PROP.inside;
    this.features = this.events.map((event, i) => {
      const p = event.properties;
      const props: MarkerProps = { [PROP.type]: p.eventType, [PROP.killed]: p.killed ? p.killed.max : -1 };
      if (p.dataset) props[PROP.imported] = 1;
      const results = this.byId.get(p.id)?.results;
      if (results) for (const b in results) props[boundaryPrefix + b] = results[b].inside ? 1 : 0;
      return { type: 'Feature', id: i, geometry: event.geometry, properties: props };
    });
  }

  private source(): GeoJSONSource | undefined {
    return this.map.getSource<GeoJSONSource>(EVENT_SOURCE);
  }

  /** Brings the source to `next`, by diff when that is small. */
  private apply(next: Uint8Array): Promise<void> {
    const source = this.source();
    if (!source) return Promise.resolve();
    const n = next.length;
    if (this.shown.length !== n) return this.replace(next);
    const remove: number[] = [];
    const add: MarkerFeature[] = [];
    const shown = this.shown;
    for (let i = 0; i < n; i++) {
      if (shown[i] === next[i]) continue;
      if (next[i]) add.push(this.features[i]);
      else remove.push(i);
    }
    const changes = remove.length + add.length;
    if (changes === 0) {
      this.lastFilterMode = 'none';
      return Promise.resolve();
    }
    if (changes > n * DIFF_LIMIT) return this.replace(next);
    this.shown = next;
    this.lastFilterMode = 'diff';
    return source.updateData({ remove, add }).catch(() => this.replace(next));
  }

  private replace(next: Uint8Array): Promise<void> {
    const source = this.source();
    this.shown = next;
    this.lastFilterMode = 'replace';
    if (!source) return Promise.resolve();
    const features: MarkerFeature[] = [];
    for (let i = 0; i < next.length; i++) if (next[i]) features.push(this.features[i]);
    return source.setData({ type: 'FeatureCollection', features }).catch(() => undefined);
  }

  private setState(index: number, state: Record<string, boolean>): void {
    if (!this.map.getSource(EVENT_SOURCE)) return;
    this.map.setFeatureState({ source: EVENT_SOURCE, id: index }, state);
  }

  private drawNearest(): void {
    const source = this.map.getSource<GeoJSONSource>(NEAREST_SOURCE);
    if (!source) return;
    const event = this.events[this.selectedIndex];
    const result = event && this.byId.get(event.properties.id)?.results[this.activeBoundary];
    // no line until the distances are computed (the built-in data starts with inside/outside only)
    if (!event || result?.nearest === undefined) {
      void source.setData(EMPTY);
      return;
    }
    const from = event.geometry.coordinates as [number, number];
    const line = geodesicLine(from, result.nearest);
    const middle = line[Math.floor(line.length / 2)];
    void source.setData({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { role: 'line' },
          geometry: { type: 'LineString', coordinates: line },
        },
        {
          type: 'Feature',
          properties: { role: 'nearest' },
          geometry: { type: 'Point', coordinates: result.nearest },
        },
        {
          type: 'Feature',
          properties: { role: 'label', label: formatKm(result.distanceKm) },
          geometry: { type: 'Point', coordinates: middle },
        },
      ],
    });
  }

  private listen(): void {
    const map = this.map;
    const on = <T>(type: string, layer: string | null, fn: (e: T) => void) => {
      const handler = fn as (e: unknown) => void;
      if (layer) {
        map.on(type as 'click', layer, handler);
        this.detach.push(() => map.off(type as 'click', layer, handler));
      } else {
        map.on(type as 'styledata', handler);
        this.detach.push(() => map.off(type as 'styledata', handler));
      }
    };
    // A style swap (theme change) drops our sources and layers; put them back.
    on('styledata', null, () => {
      if (map.style && !map.getSource(EVENT_SOURCE)) this.install();
    });
    for (const layer of MARKER_LAYERS) {
      on<MapLayerMouseEvent>('mousemove', layer, (e) => this.onHover(e));
      on<MapLayerMouseEvent>('mouseleave', layer, () => this.onLeave());
      on<MapLayerMouseEvent>('click', layer, (e) => this.onClick(e));
    }
    on<MapLayerMouseEvent>('click', EVENT_LAYERS.clusters, (e) => void this.onClusterClick(e));
    on<MapLayerMouseEvent>('mouseenter', EVENT_LAYERS.clusters, () => {
      map.getCanvas().style.cursor = 'pointer';
    });
    on<MapLayerMouseEvent>('mouseleave', EVENT_LAYERS.clusters, () => {
      map.getCanvas().style.cursor = '';
    });
  }

  /** The topmost (largest-killed last drawn) marker under the pointer. */
  private markerIndex(e: MapLayerMouseEvent): number {
    const f = e.features?.[0];
    return typeof f?.id === 'number' ? f.id : -1;
  }

  private onHover(e: MapLayerMouseEvent): void {
    const index = this.markerIndex(e);
    if (index < 0) return;
    this.map.getCanvas().style.cursor = 'pointer';
    if (index !== this.hoverIndex) {
      if (this.hoverIndex >= 0) this.setState(this.hoverIndex, { hover: false });
      this.hoverIndex = index;
      this.setState(index, { hover: true });
    }
    if (this.options.tooltip === false) return;
    const event = this.events[index];
    if (!event) return;
    this.popup ??= new Popup({
      closeButton: false,
      closeOnClick: false,
      className: 'km-event-tooltip',
      maxWidth: '260px',
    });
    this.popup
      .setOffset(markerRadius(event.properties.killed?.max ?? null) + 6)
      .setLngLat(event.geometry.coordinates as [number, number])
      .setDOMContent(tooltipContent(event))
      .addTo(this.map);
  }

  private onLeave(): void {
    this.map.getCanvas().style.cursor = '';
    if (this.hoverIndex >= 0) this.setState(this.hoverIndex, { hover: false });
    this.hoverIndex = -1;
    this.popup?.remove();
  }

  private onClick(e: MapLayerMouseEvent): void {
    const index = this.markerIndex(e);
    const event = this.events[index];
    if (!event) return;
    this.options.onSelect?.(event.properties.id);
  }

  private async onClusterClick(e: MapLayerMouseEvent): Promise<void> {
    const feature = e.features?.[0];
    const clusterId = feature?.properties?.cluster_id;
    const source = this.source();
    if (!source || typeof clusterId !== 'number' || feature?.geometry.type !== 'Point') return;
    const zoom = await source.getClusterExpansionZoom(clusterId);
    this.map.easeTo({ center: feature.geometry.coordinates as [number, number], zoom: zoom + 0.01 });
  }
}

/** Tooltip DOM: date and place, as text (imported strings are never HTML). */
function tooltipContent(event: EventFeature): HTMLElement {
  const p = event.properties;
  const root = document.createElement('div');
  const date = document.createElement('strong');
  date.textContent = formatEventDate(p.date, p.datePrecision);
  const place = document.createElement('div');
  place.textContent = [p.place, p.country].filter(Boolean).join(', ');
  root.append(date, place);
  return root;
}
