import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ATTRIBUTION_LABELS } from '../../data/attribution-labels.ts';
import type { EventClassification } from '../../data/classification.ts';
import {
  formatCoordPrecision,
  formatEventDate,
  formatKm,
  formatRange,
  safeHttpUrl,
} from '../../data/event-format.ts';
import type { EventFeature, EventProperties, SourceRef } from '../../data/types.ts';
import { emit } from '../events.ts';
import { styles } from './km-details.styles.ts';

/** A boundary as the details panel names it. */
export interface DetailsBoundary {
  id: string;
  name: string;
}

/**
 * Details of one event: date, place, casualties as ranges, attribution, summary, sources and its position
 * relative to every boundary. All imported text is rendered as text, never as HTML; only http(s) sources
 * become links, which open in a new tab.
 *
 * @summary The details panel for the selected event.
 *
 * @event km-close - The close button was pressed. `detail: {}`.
 * @event km-select - An event of the list of those at the same point was chosen. `detail: { id }`.
 *
 * @csspart header - The title row.
 * @csspart fields - The list of fields.
 * @csspart boundaries - The table with a row per boundary.
 * @csspart sources - The list of sources.
 *
 * @cssproperty --km-inside-color - Badge colour for "inside" (default #b2182b, dark #f4736b, as the markers).
 * @cssproperty --km-outside-color - Outline colour of the "outside" badge (default #2166ac).
 * @cssproperty --km-muted-color - Colour of labels and notes.
 * @cssproperty --km-link-color - Colour of source links.
 * @cssproperty --km-uncertain-color - Colour of the "uncertain" flags.
 *
 * @attr active-boundary - Id of the active boundary; its row is emphasised.
 * @attr closable - Shows a close button, and one that collapses the panel to its title and position.
 * @attr collapsed - Only the title and the position relative to the active boundary are shown.
 */
export class KmDetails extends LitElement {
  static override styles = styles;

  /** The event shown (a feature or just its properties), or null for none. */
  @property({ attribute: false }) event: EventFeature | EventProperties | null = null;

  /** The event's classification against every boundary, or null while it is being computed. */
  @property({ attribute: false }) classification: EventClassification | null = null;

  /** Boundaries in display order; rows are drawn for those present in the classification. */
  @property({ attribute: false }) boundaries: DetailsBoundary[] = [];

  @property({ attribute: 'active-boundary' }) activeBoundary = '';

  @property({ type: Boolean }) closable = false;

  @property({ type: Boolean, reflect: true }) collapsed = false;

  /** Events drawn at the same point as this one (it included), listed so that each can be chosen. */
  @property({ attribute: false }) atPoint: { id: string; date: string; place: string }[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('event')) this.toggleAttribute('data-empty', !this.event);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // a new event is read from its top (the host is the scroll box when the element is a card)
    if (changed.has('event')) this.scrollTop = 0;
  }

  override render() {
    const e = this.event && 'properties' in this.event ? this.event.properties : this.event;
    if (!e) return html`<p class="empty">Select an event on the map or in the list.</p>`;
    const uncertain = new Set(e.uncertainFields ?? []);
    const shown = new Set<string>();
    // One flag per row, naming the uncertain parts when a row shows several fields.
    const flag = (...fields: string[]) => {
      for (const f of fields) shown.add(f);
      const hit = fields.filter((f) => uncertain.has(f));
      if (hit.length === 0) return nothing;
      const label = fields.length === 1 ? 'uncertain' : `uncertain: ${hit.map(fieldName).join(', ')}`;
      return html`<span class="uncertain" title="Sources disagree or are vague about this">${label}</span>`;
    };
    return html`
      <header part="header">
        <h2>${e.place}</h2>
        ${
          this.closable
            ? html`<button
                  class="collapse"
                  aria-expanded=${this.collapsed ? 'false' : 'true'}
                  aria-label=${this.collapsed ? 'Show all details' : 'Show only the title and position'}
                  title=${this.collapsed ? 'Show all details' : 'Collapse'}
                  @click=${() => {
                    this.collapsed = !this.collapsed;
                  }}
                >${this.collapsed ? '▸' : '▾'}</button>
                <button class="close" aria-label="Close details" @click=${this.onClose}>×</button>`
            : nothing
        }
      </header>
      ${this.renderPosition()}
      ${this.renderAtPoint(e.id)}
      ${this.collapsed ? nothing : this.renderBody(e, flag, uncertain, shown)}
    `;
  }

  private renderBody(
    e: EventProperties,
    flag: (...fields: string[]) => unknown,
    uncertain: Set<string>,
    shown: Set<string>,
  ) {
    return html`
      <dl part="fields">
        <dt>Date</dt>
        <dd>${formatEventDate(e.date, e.datePrecision)}${flag('date')}</dd>
        <dt>Place</dt>
        <dd>
          ${[e.place, e.admin1, e.countryName ? `${e.country} (${e.countryName})` : e.country].filter(Boolean).join(', ')}${flag('place', 'admin1', 'country', 'coordinates')}
          <span class="note">Located to: ${formatCoordPrecision(e.coordPrecision)}${
            e.coordSource ? ` (${e.coordSource})` : ''
          }</span>
        </dd>
        <dt>Killed</dt>
        <dd class="killed">${formatRange(e.killed)}${flag('killed')}</dd>
        <dt>Injured</dt>
        <dd class="injured">${formatRange(e.injured)}${flag('injured')}</dd>
        ${e.casualtyNote ? html`<dt>Casualty note</dt><dd>${e.casualtyNote}</dd>` : nothing}
        <dt>Attribution</dt>
        <dd>
          <span title=${ATTRIBUTION_LABELS[e.attribution]?.meaning ?? ''}>${
            ATTRIBUTION_LABELS[e.attribution]?.label ?? e.attribution
          }</span>${flag('attribution', 'claimedAs')}
          ${e.claimedAs ? html`<span class="note claimed-as">Claimed as: ${e.claimedAs.name}</span>` : nothing}
          ${e.attributionDetail ? html`<span class="note">${e.attributionDetail}</span>` : nothing}
        </dd>
        <dt>Type</dt>
        <dd>${e.eventType === 'other' ? 'other (not violent)' : e.eventType}${flag('eventType')}${
          e.sourceTypes
            ? html`<span class="note source-types">In the source: ${Object.entries(e.sourceTypes)
                .map(([field, value]) => `${field} = ${value}`)
                .join('; ')}</span>`
            : nothing
        }</dd>
        ${
          e.incident
            ? html`<dt>Incident</dt><dd class="incident">One of several places of incident ${e.incident}<span class="note">Each place has a marker; statistics count the incident once.</span></dd>`
            : nothing
        }
        ${e.targetType ? html`<dt>Target</dt><dd>${e.targetType}${flag('targetType')}</dd>` : nothing}
      </dl>
      ${this.renderOtherUncertain([...uncertain].filter((f) => !shown.has(f)))}
      ${e.summary ? html`<p class="summary">${e.summary}</p>` : nothing}
      ${this.renderBoundaries()}
      ${this.renderSources(e.sources ?? [])}
    `;
  }

  /** The other events at this point (their markers lie under this one): one button each. */
  private renderAtPoint(current: string) {
    if (this.atPoint.length < 2) return nothing;
    return html`<details class="at-point" part="at-point" open>
      <summary>${this.atPoint.length} events at this point</summary>
      <ul>
        ${this.atPoint.map(
          (x) => html`<li>
            <button
              type="button"
              aria-current=${x.id === current ? 'true' : 'false'}
              @click=${() => emit(this, 'km-select', { id: x.id })}
            >${x.date} · ${x.place}</button>
          </li>`,
        )}
      </ul>
    </details>`;
  }

  /** First, in one sentence: inside or outside the active boundary, and how far from its outline. */
  private renderPosition() {
    const results = this.classification?.results;
    const active = results?.[this.activeBoundary];
    if (!results || !active) return nothing;
    const name = this.boundaries.find((b) => b.id === this.activeBoundary)?.name ?? this.activeBoundary;
    const others = this.boundaries.filter((b) => b.id !== this.activeBoundary && results[b.id]?.inside);
    return html`<p class="position" part="position">
      <span class="badge ${active.inside ? 'inside' : 'outside'}" aria-hidden="true">${active.inside ? 'inside' : 'outside'}</span>
      ${active.inside ? 'Inside' : 'Outside'} ${name}, ${formatKm(active.distanceKm)} from its outline.
      ${others.length ? html`<span class="note">Also inside: ${others.map((b) => b.name).join('; ')}.</span>` : nothing}
    </p>`;
  }

  /** Uncertain fields that no row above shows (e.g. from imported data). */
  private renderOtherUncertain(fields: string[]) {
    if (fields.length === 0) return nothing;
    return html`<p class="note">Also uncertain: ${fields.map(fieldName).join(', ')}</p>`;
  }

  private renderBoundaries() {
    const results = this.classification?.results;
    if (!results) return html`<p class="note">Position relative to the boundaries: computing…</p>`;
    const named = this.boundaries.filter((b) => results[b.id]);
    const known = new Set(named.map((b) => b.id));
    const rows = [
      ...named,
      ...Object.keys(results)
        .filter((id) => !known.has(id))
        .map((id) => ({ id, name: id })),
    ];
    return html`
      <h3>Boundaries</h3>
      <table part="boundaries">
        <thead>
          <tr><th scope="col">Boundary</th><th scope="col">Position</th><th scope="col" class="num">Distance to outline</th></tr>
        </thead>
        <tbody>
          ${rows.map((b) => {
            const r = results[b.id];
            const where = r.inside ? 'inside' : 'outside';
            return html`<tr data-boundary=${b.id} class=${b.id === this.activeBoundary ? 'active' : ''}>
              <th scope="row">${b.name}${b.id === this.activeBoundary ? ' (active)' : ''}</th>
              <td><span class="badge ${where}">${where}</span></td>
              <td class="num">${formatKm(r.distanceKm)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    `;
  }

  private renderSources(sources: SourceRef[]) {
    if (sources.length === 0) return html`<h3>Sources</h3><p class="note">No sources listed.</p>`;
    return html`
      <h3>Sources</h3>
      <ul class="sources" part="sources">
        ${sources.map((s) => {
          const href = safeHttpUrl(s.url);
          const label = [s.publication, s.title].filter(Boolean).join(': ') || s.url;
          const date = s.date ? ` (${s.date})` : '';
          return html`<li>
            ${
              href
                ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${label}</a>${date}`
                : html`${label}${date}${s.url ? html` <span class="note">${s.url}</span>` : nothing}`
            }
          </li>`;
        })}
      </ul>
    `;
  }

  private onClose() {
    emit(this, 'km-close', {});
  }
}

// Guarded: a second copy of the bundle on the page must not throw.
if (!customElements.get('km-details')) customElements.define('km-details', KmDetails);

declare global {
  interface HTMLElementTagNameMap {
    'km-details': KmDetails;
  }
}

const FIELD_NAMES: Record<string, string> = {
  place: 'place',
  admin1: 'province',
  country: 'country',
  coordinates: 'exact location',
  eventType: 'type',
  targetType: 'target',
  claimedAs: 'name claimed under',
};

function fieldName(field: string): string {
  return FIELD_NAMES[field] ?? field;
}
