// Parts of the <khorasan-map> template that only render what they are given: the compare section of the
// panel column and the swipe divider over the map.
import { html, type TemplateResult } from 'lit';
import type { BoundaryProperties } from '../../data/types.ts';
import type { CompareMode } from '../../state/map-state.ts';

const MODES: { mode: CompareMode; label: string; hint: string }[] = [
  { mode: 'overlay', label: 'Overlay', hint: 'All checked boundaries are drawn together.' },
  {
    mode: 'swipe',
    label: 'Swipe',
    hint: 'A is drawn left of the divider, B right of it. Drag the divider, or focus it and use the arrow keys.',
  },
  {
    mode: 'difference',
    label: 'Difference',
    hint: 'Shaded: in both A and B (solid), only in A (hatched), only in B (hatched the other way).',
  },
];

export interface CompareSectionOptions {
  mode: CompareMode;
  pair: [string, string];
  boundaries: BoundaryProperties[];
  name: (id: string) => string;
  onMode: (mode: CompareMode) => void;
  onModeKey: (e: KeyboardEvent) => void;
  onPair: (index: 0 | 1, id: string) => void;
  onSwap: () => void;
  stats: TemplateResult;
}

/** Mode switch (a radio group: arrow keys move), the A/B pair and the statistics. */
export function compareSection(o: CompareSectionOptions): TemplateResult {
  const select = (index: 0 | 1) => html`<label>
    <span class="key ${index === 0 ? 'a' : 'b'}">${index === 0 ? 'A' : 'B'}</span>
    <select
      aria-label=${`Boundary ${index === 0 ? 'A' : 'B'}`}
      @change=${(e: Event) => o.onPair(index, (e.target as HTMLSelectElement).value)}
    >
      ${o.boundaries.map((b) => html`<option value=${b.id} ?selected=${b.id === o.pair[index]}>${b.name}</option>`)}
    </select>
  </label>`;
  return html`<section class="section" part="compare" aria-labelledby="h-compare">
    <h3 id="h-compare">Compare</h3>
    <div class="modes" role="radiogroup" aria-label="Compare mode" @keydown=${o.onModeKey}>
      ${MODES.map(
        ({ mode, label }) => html`<button
          type="button"
          role="radio"
          data-mode=${mode}
          aria-checked=${o.mode === mode ? 'true' : 'false'}
          tabindex=${o.mode === mode ? '0' : '-1'}
          @click=${() => o.onMode(mode)}
        >
          ${label}
        </button>`,
      )}
    </div>
    <div class="pair">
      ${select(0)}
      <button type="button" class="swap" aria-label="Swap A and B" title="Swap A and B" @click=${o.onSwap}>⇅</button>
      ${select(1)}
    </div>
    <p class="hint">${MODES.find((m) => m.mode === o.mode)?.hint}</p>
    ${o.stats}
  </section>`;
}

export interface SwipeOverlayOptions {
  /** Divider position, % from the left. */
  position: number;
  nameA: string;
  nameB: string;
  onPointerDown: (e: PointerEvent) => void;
  onKeyDown: (e: KeyboardEvent) => void;
}

/** The divider (a slider for assistive technology) and the A / B labels. */
export function swipeOverlay(o: SwipeOverlayOptions): TemplateResult {
  const value = Math.round(o.position);
  return html`<div class="divider" part="divider" style=${`left: ${o.position}%`}>
      <div
        class="handle"
        role="slider"
        tabindex="0"
        aria-label="Swipe divider: boundary A on the left, B on the right"
        aria-orientation="horizontal"
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${value}
        aria-valuetext=${`${value} % from the left`}
        @pointerdown=${o.onPointerDown}
        @keydown=${o.onKeyDown}
      >
        <span aria-hidden="true">◀ ▶</span>
      </div>
    </div>
    <div class="side-label left" aria-hidden="true"><span class="key a">A</span> ${o.nameA}</div>
    <div class="side-label right" aria-hidden="true">${o.nameB} <span class="key b">B</span></div>`;
}
