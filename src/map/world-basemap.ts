// The offline basemap arrives in two parts: the region part at start, complete inside its `coverage` box,
// and the world part, fetched (once per page, see geodata.ts) when a view first shows anything outside that
// box. The merged data then goes into the basemap sources of every map of the element (the main map and,
// in swipe mode, the top map), so the map looks as if it had been whole from the start.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { type BasemapData, mergeBasemaps, viewLeavesCoverage } from '../data/basemap-data.ts';
import { loadBasemap } from '../data/load-geodata.ts';
import { setBasemapData } from './style.ts';

export interface WorldBasemapHost {
  /** URL of the world part; undefined when the basemap is one file. */
  worldUrl(): string | undefined;
  /** False while an external `basemap-style` draws instead of the offline basemap. */
  drawsOfflineBasemap(): boolean;
  /** The maps drawing the basemap now. */
  maps(): (MaplibreMap | undefined)[];
  /** A loading message while the world part is fetched (true), and its end (false). */
  loading(on: boolean): void;
  report(message: string, cause?: unknown): void;
}

export class WorldBasemap {
  #data: BasemapData | undefined;
  #world: Promise<void> | undefined;
  #failed = false;
  /** The data each map's sources hold, so a map is updated once per change. */
  #shown = new WeakMap<MaplibreMap, BasemapData>();

  constructor(private readonly host: WorldBasemapHost) {}

  /** The basemap as loaded so far: the region part, or region and world merged. */
  get data(): BasemapData | undefined {
    return this.#data;
  }

  /** Starts over with the region part (a new map; none when an external style draws instead); one
   * attempt at the world part per map. */
  reset(region: BasemapData | undefined): void {
    this.#data = region;
    this.#world = undefined;
    this.#failed = false;
  }

  /** Whether the map's view shows any place outside the loaded data. */
  needs(map: MaplibreMap): boolean {
    if (!this.#data || !this.host.drawsOfflineBasemap() || !this.host.worldUrl()) return false;
    const b = map.getBounds();
    return viewLeavesCoverage(this.#data.coverage, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
  }

  /** Fetches and merges the world part if the map's view needs it; resolves once done (or reported). */
  async ensureFor(map: MaplibreMap): Promise<void> {
    if (this.#world) return this.#world;
    if (this.#failed || !this.needs(map)) return;
    this.#world = this.#load(this.#data!, this.host.worldUrl()!);
    return this.#world;
  }

  /** The data for a new map's style; the map is recorded as holding it. */
  styleDataFor(map: MaplibreMap): BasemapData {
    const data = this.#data!;
    this.#shown.set(map, data);
    return data;
  }

  /** Puts the current data into a map's sources if they hold older data and exist (style loaded). */
  show(map: MaplibreMap): void {
    const data = this.#data;
    if (!data || this.#shown.get(map) === data) return;
    if (setBasemapData(map, data)) this.#shown.set(map, data);
  }

  async #load(region: BasemapData, url: string): Promise<void> {
    this.host.loading(true);
    try {
      const world = await loadBasemap(url);
      if (this.#data !== region) return; // a new map started meanwhile
      this.#data = mergeBasemaps(region, world);
      for (const map of this.host.maps()) if (map) this.show(map);
    } catch (error) {
      if (this.#data !== region) return;
      this.#failed = true;
      this.#world = undefined;
      this.host.report(
        `The map outside the region could not be loaded (the region still works): ${(error as Error).message}`,
        error,
      );
    } finally {
      this.host.loading(false);
    }
  }
}
