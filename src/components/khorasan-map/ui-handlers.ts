// What the element's own controls do: the compare mode and pair, the layer panel, the event selection
// and filters, the swipe divider, Escape on the map and the panel drawer. Each turns a user's action into
// a new state (committed as a change from the interface) or a change of the element's view.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { dividerKey } from '../../map/swipe-map.ts';
import type { CompareMode, MapState } from '../../state/map-state.ts';

/** What the handlers need of the element. */
export interface UiHost {
  state(): MapState;
  /** Takes a state changed in the interface. */
  commit(next: MapState): void;
  /** Ids of the loaded boundaries, in their drawing order. */
  boundaryIds(): string[];
  map(): MaplibreMap | undefined;
  /** Where the swipe divider is drawn (during a drag, before the state takes it). */
  swipePosition(): number;
  setSwipePosition(percent: number): void;
  setDrawerOpen(open: boolean): void;
  /** The element's shadow root, once the last change is rendered. */
  rendered(): Promise<ParentNode>;
}

export class UiHandlers {
  #host: UiHost;

  constructor(host: UiHost) {
    this.#host = host;
  }

  #patch(patch: Partial<MapState>): void {
    this.#host.commit({ ...this.#host.state(), ...patch });
  }

  setMode = (mode: CompareMode): void => {
    this.#patch({ mode });
  };

  onModeKey = (e: KeyboardEvent): void => {
    const modes: CompareMode[] = ['overlay', 'swipe', 'difference'];
    const i = modes.indexOf(this.#host.state().mode);
    const delta =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? 1
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? -1
          : 0;
    if (!delta) return;
    e.preventDefault();
    const mode = modes[(i + delta + modes.length) % modes.length];
    this.setMode(mode);
    void this.#host
      .rendered()
      .then((root) => root.querySelector<HTMLButtonElement>(`.modes [data-mode="${mode}"]`)?.focus());
  };

  setPair = (index: 0 | 1, id: string): void => {
    const pair: [string, string] = [...this.#host.state().compare];
    pair[index] = id;
    this.#patch({ compare: pair });
  };

  swapPair = (): void => {
    const [a, b] = this.#host.state().compare;
    this.#patch({ compare: [b, a] });
  };

  onToggle = (e: CustomEvent<{ id: string; visible: boolean }>): void => {
    const { id, visible } = e.detail;
    const current = this.#host.state().boundaries.filter((x) => x !== id);
    const order = this.#host.boundaryIds();
    const boundaries = visible
      ? [...current, id].sort((x, y) => order.indexOf(x) - order.indexOf(y))
      : current;
    this.#patch({ boundaries });
  };

  onOpacity = (e: CustomEvent<{ id: string; opacity: number }>): void => {
    this.#patch({ opacity: { ...this.#host.state().opacity, [e.detail.id]: e.detail.opacity } });
  };

  onActive = (e: CustomEvent<{ id: string }>): void => {
    this.#patch({ activeBoundary: e.detail.id });
  };

  /** From the event list and the map markers (km-select) and from the details panel (km-close). */
  onSelect = (e: Event): void => {
    const id = (e as CustomEvent<{ id: string | null }>).detail?.id ?? null;
    e.stopPropagation();
    // the map brings the selection into view (selection-frame.ts), whatever selected it
    this.#patch({ selected: id });
  };

  onFilters = (e: Event): void => {
    e.stopPropagation();
    const patch = (e as CustomEvent<Partial<MapState['filters']>>).detail;
    this.#patch({ filters: { ...this.#host.state().filters, ...patch } });
  };

  onDividerPointer = (e: PointerEvent): void => {
    const handle = e.currentTarget as HTMLElement;
    const stage = handle.closest('.map-area') as HTMLElement;
    handle.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => {
      const rect = stage.getBoundingClientRect();
      this.#host.setSwipePosition(Math.max(0, Math.min(100, ((ev.clientX - rect.left) / rect.width) * 100)));
    };
    const up = () => {
      // the state (and the hash) take the position once, where the drag ends
      this.#patch({ divider: this.#host.swipePosition() });
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
    move(e);
  };

  onDividerKey = (e: KeyboardEvent): void => {
    const next = dividerKey(e.key, e.shiftKey, this.#host.swipePosition());
    if (next === null) return;
    e.preventDefault();
    this.#patch({ divider: next });
  };

  /** Escape closes the details panel (deselects), unless it closes a layer above it (the Share dialog). */
  onStageKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.#host.state().selected) return;
    // one Escape closes one layer: a dialog (which closes itself) is the innermost
    if (e.composedPath().some((node) => node instanceof HTMLDialogElement)) return;
    e.stopPropagation();
    this.#patch({ selected: null });
    // the panel that had the focus is gone: give it to the map
    this.#host.map()?.getCanvas().focus();
  };

  /** The skip links: focus the map, or the event list (opening the drawer first on narrow layouts). */
  skipTo = async (target: 'map' | 'list'): Promise<void> => {
    if (target === 'map') {
      this.#host.map()?.getCanvas().focus();
      return;
    }
    let root = await this.#host.rendered();
    const toggle = root.querySelector<HTMLElement>('.drawer-toggle');
    if (toggle && getComputedStyle(toggle).display !== 'none') {
      this.#host.setDrawerOpen(true);
      root = await this.#host.rendered();
    }
    root.querySelector('km-event-list')?.shadowRoot?.querySelector<HTMLElement>('[role="grid"]')?.focus();
  };

  /** Opens or closes the panel drawer (narrow layouts), moving the focus into it and back. */
  setDrawer = (open: boolean): void => {
    this.#host.setDrawerOpen(open);
    void this.#host.rendered().then((root) => {
      const target = open ? '.drawer-close' : '.drawer-toggle';
      const button = root.querySelector<HTMLButtonElement>(target);
      if (button && getComputedStyle(button).display !== 'none') button.focus();
    });
  };
}
