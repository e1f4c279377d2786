import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { BoundaryLook } from '../../map/boundary-layers.ts';
import type { DifferenceColors } from '../../map/colors.ts';
import { styles } from './km-legend.styles.ts';
import { areaSwatch, boundarySwatch } from './swatch.ts';

export interface LegendBoundary {
  id: string;
  name: string;
  look: BoundaryLook;
  /** "A" or "B" in swipe and difference modes. */
  role?: 'A' | 'B';
}

/** One extra legend row (e.g. the markers), drawn by whoever owns that layer. */
export interface LegendItem {
  label: string;
  swatch: TemplateResult;
}

/**
 * The map key: the boundaries drawn with their line styles, the three areas of the difference mode, and
 * any extra items (markers). Collapsible, and open by default.
 *
 * @summary The legend.
 *
 * @csspart summary - The toggle.
 *
 * @cssproperty --km-panel-bg - Background.
 * @cssproperty --km-muted-color - Colour of secondary text.
 *
 * @attr mode - `overlay` | `swipe` | `difference`.
 * @attr collapsed - Starts closed.
 */
export class KmLegend extends LitElement {
  static override styles = styles;

  @property({ reflect: true }) mode: 'overlay' | 'swipe' | 'difference' = 'overlay';
  @property({ attribute: false }) boundaries: LegendBoundary[] = [];
  @property({ attribute: false }) differenceColors: DifferenceColors | null = null;
  @property({ attribute: false }) items: LegendItem[] = [];
  @property({ type: Boolean }) collapsed = false;

  override render() {
    return html`<details ?open=${!this.collapsed}>
      <summary part="summary">Legend</summary>
      <div class="body">
        ${this.mode === 'difference' ? this.renderDifference() : this.renderBoundaries()}
        ${
          this.items.length
            ? html`<ul class="items">
              ${this.items.map((item) => html`<li>${item.swatch}<span>${item.label}</span></li>`)}
            </ul>`
            : nothing
        }
      </div>
    </details>`;
  }

  private renderBoundaries() {
    if (this.boundaries.length === 0) return html`<p class="muted">No boundary shown.</p>`;
    return html`<ul>
      ${this.boundaries.map(
        (b) => html`<li>
          ${boundarySwatch(b.look)}
          <span>
            ${b.role ? html`<strong class="role">${b.role}${this.mode === 'swipe' ? (b.role === 'A' ? ' ◀' : ' ▶') : ''}</strong> ` : nothing}${b.name}
          </span>
        </li>`,
      )}
    </ul>`;
  }

  private renderDifference() {
    const [a, b] = [this.boundaries.find((x) => x.role === 'A'), this.boundaries.find((x) => x.role === 'B')];
    const c = this.differenceColors;
    if (!a || !b || !c) return nothing;
    return html`<ul>
      <li>${areaSwatch(c.intersection, 'solid')}<span>In both (A ∩ B), solid</span></li>
      <li>${areaSwatch(c.aOnly, 'hatch-forward')}<span>Only in A (A − B), hatched<br /><span class="muted">A: ${a.name}</span></span></li>
      <li>${areaSwatch(c.bOnly, 'hatch-backward')}<span>Only in B (B − A), hatched the other way<br /><span class="muted">B: ${b.name}</span></span></li>
    </ul>`;
  }
}

// Guarded: a second copy of the bundle on the page must not throw.
if (!customElements.get('km-legend')) customElements.define('km-legend', KmLegend);

declare global {
  interface HTMLElementTagNameMap {
    'km-legend': KmLegend;
  }
}
