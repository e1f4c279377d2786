import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { styles } from './km-stats.styles.ts';

/** The numbers compareBoundaries() returns (geometries are not needed here). */
export interface ComparisonNumbers {
  areaKm2: { a: number; b: number };
  intersectionKm2: number;
  aMinusBKm2: number;
  bMinusAKm2: number;
  jaccard: number;
  error?: string;
}

export interface BoundaryCount {
  id: string;
  name: string;
  inside: number;
  outside: number;
}

const km2 = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const ratio = new Intl.NumberFormat('en', { maximumFractionDigits: 3, minimumFractionDigits: 3 });

/**
 * Statistics for the compared pair A and B (areas, intersection, differences, Jaccard index), computed by
 * the analysis core (at build time for the built-in boundaries, else in its worker), and the number of
 * filtered events inside and outside each boundary.
 *
 * @summary Areas, overlap and event counts.
 *
 * @csspart table - Each table.
 *
 * @cssproperty --km-muted-color - Colour of secondary text.
 * @cssproperty --km-diff-a-color - Colour key for A.
 * @cssproperty --km-diff-b-color - Colour key for B.
 */
export class KmStats extends LitElement {
  static override styles = styles;

  /** Names of A and B. */
  @property({ attribute: false }) pair: [{ id: string; name: string }, { id: string; name: string }] | null =
    null;
  @property({ attribute: false }) comparison: ComparisonNumbers | null = null;
  /** True while the worker computes the comparison. */
  @property({ type: Boolean }) pending = false;
  @property({ attribute: false }) counts: BoundaryCount[] = [];
  /** Number of events that pass the filters. */
  @property({ type: Number }) total = 0;
  /** False while events are still being classified. */
  @property({ type: Boolean }) classified = false;

  override render() {
    return html`${this.renderComparison()} ${this.renderCounts()}`;
  }

  private renderComparison() {
    const [a, b] = this.pair ?? [null, null];
    if (!a || !b) return nothing;
    const c = this.comparison;
    const value = (n: number | undefined) =>
      this.pending || !c
        ? html`<span class="pending">…</span>`
        : Number.isFinite(n)
          ? html`${km2.format(n ?? 0)}`
          : html`<span class="pending" title="not computed">—</span>`;
    return html`<table part="table" class="pair" aria-busy=${this.pending ? 'true' : 'false'}>
      <caption>
        Areas in km², A against B
      </caption>
      <tbody>
        <tr><th scope="row"><span class="key a">A</span> ${a.name}</th><td>${value(c?.areaKm2.a)}</td></tr>
        <tr><th scope="row"><span class="key b">B</span> ${b.name}</th><td>${value(c?.areaKm2.b)}</td></tr>
        <tr><th scope="row">A ∩ B (both)</th><td>${value(c?.intersectionKm2)}</td></tr>
        <tr><th scope="row">A − B (only A)</th><td>${value(c?.aMinusBKm2)}</td></tr>
        <tr><th scope="row">B − A (only B)</th><td>${value(c?.bMinusAKm2)}</td></tr>
        <tr>
          <th scope="row"><abbr title="area of A∩B divided by area of A∪B">Jaccard index</abbr></th>
          <td>
            ${
              this.pending || !c
                ? html`<span class="pending">…</span>`
                : Number.isFinite(c.jaccard)
                  ? ratio.format(c.jaccard)
                  : html`<span class="pending" title="not computed">—</span>`
            }
          </td>
        </tr>
      </tbody>
    </table>
    ${c?.error ? html`<p class="error" role="alert">${c.error}</p>` : nothing}`;
  }

  private renderCounts() {
    return html`<table part="table" class="counts" aria-busy=${this.classified ? 'false' : 'true'}>
      <caption>
        ${this.total} filtered event${this.total === 1 ? '' : 's'}, by boundary
      </caption>
      <thead>
        <tr><th scope="col">Boundary</th><th scope="col">Inside</th><th scope="col">Outside</th></tr>
      </thead>
      <tbody>
        ${this.counts.map(
          (row) => html`<tr data-id=${row.id}>
            <th scope="row">${row.name}</th>
            <td>${this.classified ? row.inside : '…'}</td>
            <td>${this.classified ? row.outside : '…'}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

// Guarded: a second copy of the bundle on the page must not throw.
if (!customElements.get('km-stats')) customElements.define('km-stats', KmStats);

declare global {
  interface HTMLElementTagNameMap {
    'km-stats': KmStats;
  }
}
