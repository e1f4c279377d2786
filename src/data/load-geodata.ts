// Loading the built-in geodata: same-origin files that vite copies next to the bundle (`?url`), fetched
// once per page and shared by every <khorasan-map> on it.
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import basemapRegionUrl from '../../geodata/basemap-region.topo.json?url';
import basemapWorldUrl from '../../geodata/basemap-world.topo.json?url';
import boundariesUrl from '../../geodata/boundaries.topo.json?url';
import eventDetailsUrl from '../../geodata/events/iskp-events.details.json?url';
import eventsUrl from '../../geodata/events/iskp-events.markers.json?url';
import { type BasemapData, basemapFromTopology } from './basemap-data.ts';
import type { EventDetails } from './event-split.ts';
import { fetchOk } from './fetch-ok.ts';
import type { BoundaryFeature, EventFeature } from './types.ts';

/**
 * `basemap` is loaded at start: the region part of the basemap, complete inside its `coverage` box (or a
 * whole basemap without one). `basemapWorld` (the rest of the world) is fetched once a view leaves that
 * box. `events` is loaded at start: the built-in events with the fields markers, filters and list need
 * (or any full GeoJSON). `eventDetails` (id → the other fields) is fetched when an event is first opened
 * or exported; optional when `events` is full.
 */
export const DEFAULT_URLS: {
  basemap: string;
  basemapWorld?: string;
  boundaries: string;
  events: string;
  eventDetails?: string;
} = {
  basemap: basemapRegionUrl,
  basemapWorld: basemapWorldUrl,
  boundaries: boundariesUrl,
  events: eventsUrl,
  eventDetails: eventDetailsUrl,
};

const cache = new Map<string, Promise<unknown>>();

async function fetchJson(url: string): Promise<unknown> {
  try {
    return await (await fetchOk(url)).json();
  } catch (error) {
    throw new Error(`Could not load ${url}: ${(error as Error).message}`, { cause: error });
  }
}

/** One fetch per URL and page; a failed fetch is forgotten so that a retry can succeed. */
function cached<T>(url: string, convert: (json: unknown) => T): Promise<T> {
  const key = url;
  let promise = cache.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = fetchJson(url).then(convert);
    promise.catch(() => cache.delete(key));
    cache.set(key, promise);
  }
  return promise;
}

function isTopology(json: unknown): json is Topology {
  return typeof json === 'object' && json !== null && (json as { type?: string }).type === 'Topology';
}

export function loadBasemap(url = DEFAULT_URLS.basemap): Promise<BasemapData> {
  return cached(url, (json) => {
    if (!isTopology(json)) throw new Error(`${url} is not a TopoJSON topology`);
    return basemapFromTopology(json);
  });
}

export function loadBoundaries(url = DEFAULT_URLS.boundaries): Promise<BoundaryFeature[]> {
  return cached(url, (json) => {
    if (!isTopology(json) || !json.objects.boundaries) throw new Error(`${url} has no "boundaries" object`);
    const collection = feature(json, json.objects.boundaries) as FeatureCollection;
    return collection.features.filter(
      (f) =>
        (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') &&
        typeof f.properties?.id === 'string',
    ) as BoundaryFeature[];
  });
}

export function loadEvents(url = DEFAULT_URLS.events): Promise<EventFeature[]> {
  return cached(url, (json) => {
    const collection = json as FeatureCollection;
    if (collection?.type !== 'FeatureCollection')
      throw new Error(`${url} is not a GeoJSON FeatureCollection`);
    return collection.features.filter(
      (f) => f.geometry?.type === 'Point' && typeof f.properties?.id === 'string',
    ) as EventFeature[];
  });
}

export function loadEventDetails(url: string): Promise<EventDetails> {
  return cached(url, (json) => {
    if (typeof json !== 'object' || json === null || Array.isArray(json))
      throw new Error(`${url} is not an object of event details by id`);
    return json as EventDetails;
  });
}
