// Map-side helpers of the embed attributes: maplibre's input handlers for `interactive`, and the anchor
// layer that keeps overlays above an external style.
import type { Map as MaplibreMap } from 'maplibre-gl';

/** Turns every maplibre input handler on or off (the map stays where it is). */
export function setInteractive(map: MaplibreMap, on: boolean): void {
  const handlers = [
    map.scrollZoom,
    map.boxZoom,
    map.dragPan,
    map.dragRotate,
    map.keyboard,
    map.doubleClickZoom,
    map.touchZoomRotate,
  ];
  for (const handler of handlers) {
    if (on) handler.enable();
    else handler.disable();
  }
  if (on) {
    map.dragRotate.disable();
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
  }
}

/**
 * Overlays are inserted below the offline basemap's first label layer. An external style lacks it, so an
 * invisible layer of that id is added on top: overlays then sit above the whole external style.
 */
export function ensureLabelAnchor(map: MaplibreMap, anchorId: string): void {
  if (map.getLayer(anchorId)) return;
  map.addLayer({ id: anchorId, type: 'background', layout: { visibility: 'none' } });
}
