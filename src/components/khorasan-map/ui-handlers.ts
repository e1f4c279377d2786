// What the element's own controls do: the compare mode and pair, the layer panel, the event selection
// and filters, the swipe divider, Escape on the map and the panel drawer. Each turns a user's action into
// a new state (committed as a change from the interface) or a change of the element's view.
import { dividerKey } from '../../map/swipe-map.ts';
import { type CompareMode, DEFAULT_STATE, type MapState } from '../../state/map-state.ts';
import type { MapContext } from './context.ts';

export class UiHandlers {
  #ctx: MapContext;
  #swipePosition = DEFAULT_STATE.divider;
  #drawerOpen = false;

  constructor(ctx: MapContext) {
    this.#ctx = ctx;
    ctx.onStateChange((prev, next) => {
      if (prev.divider !== next.divider) this.#setSwipePosition(next.divider);
    });
  }

  /** Where the divider is drawn: the state's `divider`, or the pointer's position during a drag. */
  get swipePosition(): number {
    return this.#swipePosition;
  }

  /** Whether the panel drawer is open (narrow layouts). */
  get drawerOpen(): boolean {
    return this.#drawerOpen;
  }

  #setSwipePosition(percent: number): void {
    this.#swipePosition = percent;
    this.#ctx.host.requestUpdate();
  }

  #setDrawerOpen(open: boolean): void {
    this.#drawerOpen = open;
    this.#ctx.host.requestUpdate();
  }

  /** The element's shadow root, once the last change is rendered. */
  async #rendered(): Promise<ParentNode> {
    await this.#ctx.host.updateComplete;
    return this.#ctx.host.renderRoot;
  }

  #patch(patch: Partial<MapState>): void {
    this.#ctx.commit({ ...this.#ctx.state, ...patch }, 'ui');
  }

  setMode = (mode: CompareMode): void => {
    this.#patch({ mode });
  };

  onModeKey = (e: KeyboardEvent): void => {
    const modes: CompareMode[] = ['overlay', 'swipe', 'difference'];
    const i = modes.indexOf(this.#ctx.state.mode);
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
    void this.#rendered().then((root) =>
      root.querySelector<HTMLButtonElement>(`.modes [data-mode="${mode}"]`)?.focus(),
    );
  };

  setPair = (index: 0 | 1, id: string): void => {
    const pair: [string, string] = [...this.#ctx.state.compare];
    pair[index] = id;
    this.#patch({ compare: pair });
  };

  swapPair = (): void => {
    const [a, b] = this.#ctx.state.compare;
    this.#patch({ compare: [b, a] });
  };

  onToggle = (e: CustomEvent<{ id: string; visible: boolean }>): void => {
    const { id, visible } = e.detail;
    const current = this.#ctx.state.boundaries.filter((x) => x !== id);
    const order = this.#ctx.store.boundaryIds();
    const boundaries = visible
      ? [...current, id].sort((x, y) => order.indexOf(x) - order.indexOf(y))
      : current;
    this.#patch({ boundaries });
  };

  onOpacity = (e: CustomEvent<{ id: string; opacity: number }>): void => {
    this.#patch({ opacity: { ...this.#ctx.state.opacity, [e.detail.id]: e.detail.opacity } });
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
    this.#patch({ filters: { ...this.#ctx.state.filters, ...patch } });
  };

  onDividerPointer = (e: PointerEvent): void => {
    const handle = e.currentTarget as HTMLElement;
    const stage = handle.closest('.map-area') as HTMLElement;
    handle.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => {
      const rect = stage.getBoundingClientRect();
      this.#setSwipePosition(Math.max(0, Math.min(100, ((ev.clientX - rect.left) / rect.width) * 100)));
    };
    const up = () => {
      // the state (and the hash) take the position once, where the drag ends
      this.#patch({ divider: this.#swipePosition });
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
    const next = dividerKey(e.key, e.shiftKey, this.#swipePosition);
    if (next === null) return;
    e.preventDefault();
    this.#patch({ divider: next });
  };

  /** Escape closes the details panel (deselects), unless it closes a layer above it (the Share dialog). */
  onStageKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.#ctx.state.selected) return;
    // one Escape closes one layer: a dialog (which closes itself) is the innermost
    if (e.composedPath().some((node) => node instanceof HTMLDialogElement)) return;
    e.stopPropagation();
    this.#patch({ selected: null });
    // the panel that had the focus is gone: give it to the map
    this.#ctx.map?.getCanvas().focus();
  };

  /** The skip links: focus the map, or the event list (opening the drawer first on narrow layouts). */
  skipTo = async (target: 'map' | 'list'): Promise<void> => {
    if (target === 'map') {
      this.#ctx.map?.getCanvas().focus();
      return;
    }
    let root = await this.#rendered();
    const toggle = root.querySelector<HTMLElement>('.drawer-toggle');
    if (toggle && getComputedStyle(toggle).display !== 'none') {
      this.#setDrawerOpen(true);
      root = await this.#rendered();
    }
    root.querySelector('km-event-list')?.shadowRoot?.querySelector<HTMLElement>('[role="grid"]')?.focus();
  };

  /** Opens or closes the panel drawer (narrow layouts), moving the focus into it and back. */
  setDrawer = (open: boolean): void => {
    this.#setDrawerOpen(open);
    void this.#rendered().then((root) => {
      const target = open ? '.drawer-close' : '.drawer-toggle';
      const button = root.querySelector<HTMLButtonElement>(target);
      if (button && getComputedStyle(button).display !== 'none') button.focus();
    });
  };
}
