// Creating the maplibre Map: the worker URL (maplibre 6 needs it set before the first map), the controls,
// and the two preset views (the region with Kerman, Moscow and Dagestan; the whole world).
import {
  AttributionControl,
  type IControl,
  type LngLatBoundsLike,
  Map as MaplibreMap,
  type MapOptions,
  NavigationControl,
  prewarm,
  ScaleControl,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let workerUrlSet = false;
function ensureWorkerUrl(): void {
  if (workerUrlSet) return;
  setWorkerUrl(workerUrl);
  workerUrlSet = true;
}

/**
 * Starts maplibre's worker pool now, so its script downloads while the element still fetches its data
 * (otherwise the worker is requested only once the map exists). Safe to call more than once.
 */
export function prewarmMapWorkers(): void {
  ensureWorkerUrl();
  prewarm();
}

/** West, south, east, north: the claimed Khorasan plus Kerman, Moscow and Dagestan. */
export const REGION_BOUNDS: LngLatBoundsLike = [
  [34, 22],
  [82, 57.5],
];
/** Everything from the United States to India. */
export const WORLD_BOUNDS: LngLatBoundsLike = [
  [-125, 10],
  [95, 62],
];

export const ATTRIBUTION = [
  '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a>',
  'khorasan-map: boundaries and events from the sources cited in the panels',
];

export interface CreateMapOptions {
  container: HTMLElement;
  /** Absent: set later with `setStyle` (the view, and so what data it needs, is known first). */
  style?: StyleSpecification | string;
  center?: [number, number];
  zoom?: number;
  /** Used when no center/zoom is given: fit these bounds. */
  bounds?: LngLatBoundsLike;
  cooperativeGestures: boolean;
  interactive?: boolean;
  controls?: boolean;
}

/** What a screen reader says of the map's canvas. */
export const MAP_CANVAS_LABEL =
  'Map of historical Khorasan, the ISKP claim and ISKP events. Arrow keys pan, plus and minus zoom. ' +
  'The event list in the panels gives the same events as a table.';

export function createMap(options: CreateMapOptions): MaplibreMap {
  ensureWorkerUrl();
  const mapOptions: MapOptions = {
    container: options.container,
    ...(options.style ? { style: options.style } : {}),
    attributionControl: false,
    cooperativeGestures: options.cooperativeGestures,
    interactive: options.interactive ?? true,
    dragRotate: false,
    pitchWithRotate: false,
    renderWorldCopies: true,
    maxZoom: 12,
    minZoom: 0.5,
    fadeDuration: 0,
    ...(options.center && options.zoom !== undefined
      ? { center: options.center, zoom: options.zoom }
      : { bounds: options.bounds ?? REGION_BOUNDS, fitBoundsOptions: { padding: 24 } }),
  };
  const map = new MaplibreMap(mapOptions);
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  if (options.controls !== false) {
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    // bottom controls stack upwards: the attribution keeps the last line, the scale sits above it;
    // the attribution is responsive (maplibre collapses it to an (i) button on maps under 640 px)
    map.addControl(new AttributionControl({ customAttribution: ATTRIBUTION }), 'bottom-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
  }
  return map;
}

/** Two buttons under the zoom buttons: the region and the whole world. */
export class ViewPresetControl implements IControl {
  private container?: HTMLElement;
  constructor(private readonly onPreset: (preset: 'region' | 'world') => void) {}

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group km-presets';
    const button = (preset: 'region' | 'world', label: string, text: string) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = `km-preset km-preset-${preset}`;
      b.title = label;
      b.setAttribute('aria-label', label);
      b.textContent = text;
      b.addEventListener('click', () => this.onPreset(preset));
      return b;
    };
    container.append(
      button('region', 'Show the region: Khorasan, Kerman, Moscow and Dagestan', 'Region'),
      button('world', 'Show the whole world, including events in Europe and the United States', 'World'),
    );
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
  }
}

/** Cooperative gestures (Ctrl/two-finger) when the element sits in a page that scrolls, so the map does
 * not capture the page's scroll; a full-viewport map keeps ordinary gestures. */
export function wantsCooperativeGestures(host: HTMLElement, attribute: string | null): boolean {
  if (attribute === 'on' || attribute === '' || attribute === 'true') return true;
  if (attribute === 'off' || attribute === 'false') return false;
  const doc = document.scrollingElement ?? document.documentElement;
  const pageScrolls = doc.scrollHeight > window.innerHeight + 1;
  const rect = host.getBoundingClientRect();
  const fillsViewport = rect.height >= window.innerHeight * 0.9 && rect.width >= window.innerWidth * 0.9;
  return pageScrolls || !fillsViewport;
}
