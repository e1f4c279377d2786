// Swipe mode: a second, non-interactive map stacked over the main one and clipped (CSS clip-path) to the
// right of the divider. The main map shows boundary A, the top map boundary B; the top map follows the
// main map's camera on every frame. Two synced maps (the approach of maplibre-gl-compare) rather than one
// map, because maplibre cannot clip a layer to part of the screen. The top map only exists in swipe mode,
// so a page keeps one WebGL context per element otherwise.
import type { Map as MaplibreMap } from 'maplibre-gl';

export class SwipeSync {
  private readonly sync = () => {
    this.top.jumpTo({
      center: this.main.getCenter(),
      zoom: this.main.getZoom(),
      bearing: this.main.getBearing(),
      pitch: this.main.getPitch(),
    });
  };
  private readonly resize = () => this.top.resize();

  constructor(
    readonly main: MaplibreMap,
    readonly top: MaplibreMap,
  ) {
    main.on('move', this.sync);
    main.on('resize', this.resize);
    this.sync();
  }

  destroy(): void {
    this.main.off('move', this.sync);
    this.main.off('resize', this.resize);
    this.top.remove();
  }
}

/** Keyboard steps for the divider: arrows 2 %, with Shift 10 %, Home/End to the edges. */
export function dividerKey(key: string, shift: boolean, position: number): number | null {
  const step = shift ? 10 : 2;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return Math.max(0, position - step);
    case 'ArrowRight':
    case 'ArrowUp':
      return Math.min(100, position + step);
    case 'PageDown':
      return Math.max(0, position - 10);
    case 'PageUp':
      return Math.min(100, position + 10);
    case 'Home':
      return 0;
    case 'End':
      return 100;
    default:
      return null;
  }
}
