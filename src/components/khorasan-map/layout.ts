// The layout of <khorasan-map>: the panel column (a drawer on narrow screens) and the stage with the maps,
// the swipe divider, the legend, the details card, the status line and the timeline. It renders what it is
// given; the element builds the panels' own templates (they need its controllers) and passes them in.
import { html, nothing, type TemplateResult } from 'lit';
import type { BoundaryProperties } from '../../data/types.ts';
import type { BoundaryLook } from '../../map/boundary-layers.ts';
import type { MapState } from '../../state/map-state.ts';
import '../km-layer-panel/km-layer-panel.ts';
import { compareSection, swipeOverlay } from './templates.ts';
import type { UiHandlers } from './ui-handlers.ts';

export interface LayoutParts {
  state: MapState;
  boundaries: BoundaryProperties[];
  name: (id: string) => string;
  looks: Record<string, BoundaryLook>;
  ui: UiHandlers;
  drawerOpen: boolean;
  /** Where the divider is drawn (the state's, or the pointer's during a drag). */
  swipePosition: number;
  status: string;
  errorText: string;
  dismissError: () => void;
  stats: TemplateResult;
  eventPanels: unknown;
  dataSections: TemplateResult;
  legend: TemplateResult;
  /** Drawn over the map: the drop hint and the details card. */
  overlays: unknown;
  timeline: unknown;
}

export function renderLayout(v: LayoutParts): TemplateResult {
  const s = v.state;
  const boundaries = v.boundaries;
  const swipe = s.mode === 'swipe';
  const [a, b] = s.compare;
  return html`
      <div class="skip-links">
        <button type="button" class="skip-to-map" @click=${() => v.ui.skipTo('map')}>Skip to the map</button>
        <button type="button" class="skip-to-list" @click=${() => v.ui.skipTo('list')}>
          Skip to the event list
        </button>
      </div>
      <span class="probe" aria-hidden="true"></span>
      <div class="layout" ?data-drawer-open=${v.drawerOpen}>
        <aside
          class="sidebar"
          part="sidebar"
          id="panels"
          aria-label="Map panels"
          @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && v.drawerOpen && v.ui.setDrawer(false)}
        >
          <div class="sidebar-head">
            <h2 class="title">Khorasan: history and claim</h2>
            <button class="drawer-close" aria-label="Close panels" @click=${() => v.ui.setDrawer(false)}>×</button>
          </div>
          <section class="section" aria-labelledby="h-layers">
            <h3 id="h-layers">Boundaries</h3>
            ${
              s.mode === 'overlay'
                ? nothing
                : html`<p class="hint mode-note">
                    ${s.mode === 'swipe' ? 'Swipe' : 'Difference'} mode draws only A and B (see Compare); the
                    ticks below apply to the overlay mode.
                  </p>`
            }
            <km-layer-panel
              part="layers"
              .boundaries=${boundaries}
              .visible=${s.boundaries}
              .opacity=${s.opacity}
              .looks=${v.looks}
              active-boundary=${s.activeBoundary}
              @km-boundary-toggle=${v.ui.onToggle}
              @km-opacity-change=${v.ui.onOpacity}
              @km-active-change=${v.ui.onActive}
            ></km-layer-panel>
          </section>
          ${compareSection({
            mode: s.mode,
            pair: s.compare,
            boundaries,
            name: v.name,
            onMode: (mode) => v.ui.setMode(mode),
            onModeKey: (e) => v.ui.onModeKey(e),
            onPair: (index, id) => v.ui.setPair(index, id),
            onSwap: () => v.ui.swapPair(),
            stats: v.stats,
          })}
          ${v.eventPanels}
          ${v.dataSections}
        </aside>
        <div class="stage" part="stage">
          <div class="map-area" @keydown=${v.ui.onStageKey}>
          <div class="map map-main" part="map"></div>
          <div
            class="map map-top"
            ?hidden=${!swipe}
            style=${`clip-path: inset(0 0 0 ${v.swipePosition}%)`}
            aria-hidden="true"
          ></div>
          ${
            swipe
              ? swipeOverlay({
                  position: v.swipePosition,
                  nameA: v.name(a),
                  nameB: v.name(b),
                  onPointerDown: (e) => v.ui.onDividerPointer(e),
                  onKeyDown: (e) => v.ui.onDividerKey(e),
                })
              : nothing
          }
          <button
            class="drawer-toggle"
            aria-controls="panels"
            aria-expanded=${v.drawerOpen ? 'true' : 'false'}
            @click=${() => v.ui.setDrawer(!v.drawerOpen)}
          >
            ☰ Panels
          </button>
          ${v.legend}
          ${v.overlays}
          <div class="status" part="status" role="status" aria-live="polite">
            ${v.status ? html`<span class="loading">${v.status}</span>` : nothing}
            ${
              v.errorText
                ? html`<span class="error"
                  >${v.errorText}
                  <button class="dismiss" aria-label="Dismiss message" @click=${v.dismissError}>×</button></span
                >`
                : nothing
            }
          </div>
          </div>
          ${v.timeline}
        </div>
      </div>
  `;
}
