import { html, LitElement, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { ATTRIBUTION_LABELS } from '../../data/attribution-labels.ts';
import type { ThemeName } from '../../map/colors.ts';
import { EVENT_COLORS, MIN_RADIUS, sizeLegendSteps } from '../../map/event-style.ts';
import { styles } from './km-event-legend.styles.ts';

/**
 * Legend for the event markers: shape by event type, fill by position relative to the active boundary
 * (outside also has a white centre dot), and circle area by the number killed. Drawn with the same colours
 * and radius function as the map layers.
 *
 * @summary Legend for event markers.
 *
 * @cssproperty --km-font - Font shorthand.
 *
 * @attr theme - `light` | `dark` (default `light`).
 * @attr active-boundary-name - Name used in the inside/outside entries.
 */
export class KmEventLegend extends LitElement {
  static override styles = styles;

  @property() theme: ThemeName = 'light';
  @property({ attribute: 'active-boundary-name' }) activeBoundaryName = 'the active boundary';

  override render() {
    const c = EVENT_COLORS[this.theme] ?? EVENT_COLORS.light;
    const r = 7;
    const box = (content: unknown, size = 2 * r + 6) =>
      html`<svg width=${size} height=${size} viewBox="${-size / 2} ${-size / 2} ${size} ${size}" aria-hidden="true">${content}</svg>`;
    const steps = sizeLegendSteps();
    const biggest = Math.max(...steps.map((s) => s.radius));
    return html`
      <h3>Events</h3>
      <ul>
        <li>${box(svg`<circle r=${r} fill=${c.unknown} stroke=${c.stroke} stroke-width="1.2"/>`)}Attack</li>
        <li>${box(svg`<circle r=${r - 1.5} fill=${c.unknown} fill-opacity="0.18" stroke=${c.unknown} stroke-width="3"/>`)}Plot</li>
        <li>${box(svg`<rect x=${-r * 0.886} y=${-r * 0.886} width=${r * 1.772} height=${r * 1.772} fill=${c.unknown} stroke=${c.stroke} stroke-width="1.2"/>`)}Arrest</li>
        <li>${box(svg`<circle r=${r} fill=${c.inside} stroke=${c.stroke} stroke-width="1.2"/>`)}Inside ${this.activeBoundaryName}</li>
        <li>${box(svg`<circle r=${r} fill=${c.outside} stroke=${c.stroke} stroke-width="1.2"/><circle r="2" fill="#fff" stroke="#000" stroke-width="0.5"/>`)}Outside ${this.activeBoundaryName} (white dot)</li>
        <li>${box(svg`<circle r="13" fill=${c.cluster} stroke=${c.stroke} stroke-width="1.5"/><text text-anchor="middle" dy="0.35em" font-size="11" fill=${c.clusterText}>12</text>`, 30)}Group of events (click to zoom in)</li>
      </ul>
      <div class="sizes" aria-label="Circle area shows the number killed (highest reported figure)">
        ${steps.map(
          (s) => html`<figure>
            ${box(svg`<circle r=${s.radius} fill="none" stroke="currentColor" stroke-width="1"/>`, 2 * biggest + 4)}
            <figcaption>${s.killed}</figcaption>
          </figure>`,
        )}
        <figure>
          ${box(svg`<circle r=${MIN_RADIUS} fill="none" stroke="currentColor" stroke-width="1"/>`, 2 * biggest + 4)}
          <figcaption>0 / n.r.</figcaption>
        </figure>
      </div>
      <div>Area = killed (max of range)</div>
      <h4>Attribution (filter and details)</h4>
      <dl class="attributions">
        ${(['claimed', 'claimed-is', 'attributed', 'suspected'] as const).map(
          (code) =>
            html`<dt>${ATTRIBUTION_LABELS[code].label}</dt><dd>${ATTRIBUTION_LABELS[code].meaning}</dd>`,
        )}
      </dl>
    `;
  }
}

// Guarded: a second copy of the bundle on the page must not throw.
if (!customElements.get('km-event-legend')) customElements.define('km-event-legend', KmEventLegend);

declare global {
  interface HTMLElementTagNameMap {
    'km-event-legend': KmEventLegend;
  }
}
