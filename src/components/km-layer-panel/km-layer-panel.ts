import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { safeHttpUrl } from '../../data/event-format.ts';
import type { BoundaryProperties, SourceRef } from '../../data/types.ts';
import type { BoundaryLook } from '../../map/boundary-layers.ts';
import { emit } from '../events.ts';
import { boundarySwatch } from '../km-legend/swatch.ts';
import { styles } from './km-layer-panel.styles.ts';

/**
 * The list of boundaries: a checkbox and an opacity slider for each, its kind and certainty as badges,
 * the choice of the active boundary (the one marker fills refer to), and its definition, derivation and
 * sources. Text from the data is rendered as text; only http(s) sources become links (new tab).
 *
 * @summary Boundary layers: visibility, opacity, active boundary, definitions and sources.
 *
 * @event km-boundary-toggle - A checkbox changed. `detail: { id: string, visible: boolean }`.
 * @event km-opacity-change - A slider moved. `detail: { id: string, opacity: number }` (0..1).
 * @event km-active-change - Another active boundary was chosen. `detail: { id: string }`.
 *
 * @csspart list - The list of boundaries.
 * @csspart item - One boundary.
 * @csspart badge - A kind or certainty badge.
 *
 * @cssproperty --km-muted-color - Colour of secondary text.
 * @cssproperty --km-link-color - Colour of source links.
 * @cssproperty --km-badge-claim-bg - Background of the "claim" badge.
 * @cssproperty --km-badge-historical-bg - Background of the "historical" badge.
 * @cssproperty --km-badge-uncertain-bg - Background of the "uncertain" badge.
 *
 * @attr active-boundary - Id of the active boundary.
 */
export class KmLayerPanel extends LitElement {
  static override styles = styles;

  /** All boundaries, in the order to list them. */
  @property({ attribute: false }) boundaries: BoundaryProperties[] = [];
  /** Ids drawn on the map. */
  @property({ attribute: false }) visible: string[] = [];
  /** Opacity per id (0..1); missing = 1. */
  @property({ attribute: false }) opacity: Record<string, number> = {};
  /** Line look per id, for the swatches. */
  @property({ attribute: false }) looks: Record<string, BoundaryLook> = {};
  @property({ attribute: 'active-boundary' }) activeBoundary = '';

  private uid = Math.random().toString(36).slice(2, 8);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('boundaries')) this.toggleAttribute('data-empty', this.boundaries.length === 0);
  }

  override render() {
    if (this.boundaries.length === 0) return html`<p class="empty">Loading boundaries…</p>`;
    const visible = new Set(this.visible);
    return html`<p class="note small" id=${`${this.uid}-active-note`}>
        The <strong>active</strong> boundary decides the marker colours: inside or outside it.
      </p>
      <ul part="list" class="list">
      ${this.boundaries.map((b) => this.renderItem(b, visible.has(b.id)))}
    </ul>`;
  }

  private renderItem(b: BoundaryProperties, on: boolean) {
    const look = this.looks[b.id];
    const opacity = this.opacity[b.id] ?? 1;
    const checkId = `${this.uid}-check-${b.id}`;
    const sliderId = `${this.uid}-opacity-${b.id}`;
    const active = this.activeBoundary === b.id;
    return html`<li part="item" class="item" data-id=${b.id} ?data-off=${!on}>
      <div class="row">
        <input
          type="checkbox"
          id=${checkId}
          .checked=${on}
          @change=${(e: Event) => emit(this, 'km-boundary-toggle', { id: b.id, visible: (e.target as HTMLInputElement).checked })}
        />
        ${look ? boundarySwatch(look) : nothing}
        <label for=${checkId} class="name">${b.name}</label>
      </div>
      <div class="badges">
        <span part="badge" class="badge kind-${b.kind}">${kindLabel(b.kind)}</span>
        ${b.certainty === 'uncertain' ? html`<span part="badge" class="badge uncertain">uncertain</span>` : nothing}
        ${look ? html`<span class="line-note">${look.lineLabel}</span>` : nothing}
      </div>
      <div class="controls">
        <label for=${sliderId} class="small">Opacity</label>
        <input
          type="range"
          id=${sliderId}
          min="0"
          max="100"
          step="5"
          .value=${String(Math.round(opacity * 100))}
          ?disabled=${!on}
          aria-valuetext=${`${Math.round(opacity * 100)} %`}
          @input=${(e: Event) =>
            emit(this, 'km-opacity-change', {
              id: b.id,
              opacity: Number((e.target as HTMLInputElement).value) / 100,
            })}
        />
        <output for=${sliderId} class="small">${Math.round(opacity * 100)} %</output>
        <label class="active small" title="Markers show whether each event is inside or outside the active boundary">
          <input
            type="radio"
            name=${`${this.uid}-active`}
            .checked=${active}
            aria-describedby=${`${this.uid}-active-note`}
            @change=${() => emit(this, 'km-active-change', { id: b.id })}
          />
          Active
        </label>
      </div>
      <details class="about">
        <summary>Definition and sources</summary>
        <p class="definition">${b.definition}</p>
        ${b.derivation ? html`<p class="derivation"><strong>How it is drawn:</strong> ${b.derivation}</p>` : nothing}
        ${
          b.validFrom || b.validTo
            ? html`<p class="small">Valid ${b.validFrom ?? '…'} – ${b.validTo ?? '…'}</p>`
            : nothing
        }
        ${b.sources.length ? html`<h4>Sources</h4><ul class="sources">${b.sources.map(renderSource)}</ul>` : nothing}
        ${
          b.notes?.length
            ? html`<h4>Notes</h4><ul class="notes">
              ${b.notes.map((n) => html`<li><span class="small">${n.date}</span> ${n.text}</li>`)}
            </ul>`
            : nothing
        }
      </details>
    </li>`;
  }
}

function kindLabel(kind: string): string {
  if (kind === 'historical') return 'scholarly reconstruction';
  if (kind === 'claim') return 'claim';
  return 'imported';
}

function renderSource(s: SourceRef) {
  const href = safeHttpUrl(s.url);
  const title = s.title || s.url;
  return html`<li>
    ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${title}</a>` : html`<span>${title}</span>`}
    <span class="small">${[s.publication, s.date].filter(Boolean).join(', ')}</span>
  </li>`;
}

// Guarded: a second copy of the bundle on the page must not throw.
if (!customElements.get('km-layer-panel')) customElements.define('km-layer-panel', KmLayerPanel);

declare global {
  interface HTMLElementTagNameMap {
    'km-layer-panel': KmLayerPanel;
  }
}
