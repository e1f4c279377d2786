import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ATTRIBUTION_LABELS } from '../../data/attribution-labels.ts';
import type { Attribution, EventFeature, EventType } from '../../data/types.ts';
import { DEFAULT_STATE, type EventFilters, type InsideFilter } from '../../state/map-state.ts';
import { emit } from '../events.ts';
import { styles } from './km-filters.styles.ts';

const EVENT_TYPES: { value: EventType; label: string }[] = [
  { value: 'attack', label: 'Attack' },
  { value: 'plot', label: 'Plot' },
  { value: 'arrest', label: 'Arrest' },
  { value: 'other', label: 'Other (not violent)' },
];
const ATTRIBUTIONS: { value: Attribution; label: string; meaning: string }[] = (
  ['claimed', 'claimed-is', 'attributed', 'suspected', 'unspecified'] as const
).map((value) => ({
  value,
  label: ATTRIBUTION_LABELS[value].label,
  meaning: ATTRIBUTION_LABELS[value].meaning,
}));

/**
 * Filters for event type, attribution, country and position relative to the active boundary. An empty list in
 * the filters means "all", so every box is ticked then; the last ticked box of a group cannot be unticked (a
 * group that matches nothing is never what anyone wants), use "all" to reset a group.
 *
 * @summary Event filters (type, attribution, country, inside/outside).
 *
 * @event km-filters-change - A filter changed. `detail: Partial<EventFilters>` with only the changed field.
 *
 * @csspart form - The form holding the groups.
 *
 * @cssproperty --km-filters-countries-height - Max height of the scrolling country list (default 9em).
 * @cssproperty --km-inside-color - Swatch colour for "inside".
 * @cssproperty --km-outside-color - Swatch colour for "outside".
 *
 * @attr active-boundary-name - Name of the active boundary, used in the inside/outside labels.
 */
export class KmFilters extends LitElement {
  static override styles = styles;

  /** The current filters (only eventTypes, attributions, countries and inside are used here). */
  @property({ attribute: false }) filters: EventFilters = DEFAULT_STATE.filters;

  /** Events from which the country list and counts are built (usually all events). */
  @property({ attribute: false }) events: readonly EventFeature[] = [];

  /** Country names by ISO3 code; codes without a name are shown as they are. */
  @property({ attribute: false }) countryNames: Record<string, string> = {};

  @property({ attribute: 'active-boundary-name' }) activeBoundaryName = 'the active boundary';

  @state() private countries: { code: string; count: number }[] = [];
  @state() private attributionsPresent = new Set<string>();
  @state() private eventTypesPresent = new Set<string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events')) {
      const counts = new Map<string, number>();
      const attributions = new Set<string>();
      const types = new Set<string>();
      for (const e of this.events) {
        counts.set(e.properties.country, (counts.get(e.properties.country) ?? 0) + 1);
        attributions.add(e.properties.attribution);
        types.add(e.properties.eventType);
      }
      this.eventTypesPresent = types;
      this.countries = [...counts]
        .map(([code, count]) => ({ code, count }))
        .sort((a, b) => b.count - a.count);
      this.attributionsPresent = attributions;
    }
  }

  override render() {
    const f = this.filters;
    // "unspecified" only exists for imported data; show it only when present or selected.
    const attributions = ATTRIBUTIONS.filter(
      (a) =>
        a.value !== 'unspecified' ||
        this.attributionsPresent.has(a.value) ||
        f.attributions.includes(a.value),
    );
    // "other" (not violent) too exists only for imported data.
    const types = EVENT_TYPES.filter(
      (t) => t.value !== 'other' || this.eventTypesPresent.has(t.value) || f.eventTypes.includes(t.value),
    );
    return html`
      <form part="form" @submit=${(e: Event) => e.preventDefault()}>
        ${this.renderGroup('Event type', 'eventTypes', types, f.eventTypes)}
        ${this.renderGroup('Attribution', 'attributions', attributions, f.attributions)}
        <fieldset>
          <legend>Position</legend>
          ${(
            [
              ['all', 'All events'],
              ['inside', `Inside ${this.activeBoundaryName}`],
              ['outside', `Outside ${this.activeBoundaryName}`],
            ] as [InsideFilter, string][]
          ).map(
            ([value, label]) => html`<label>
              <input type="radio" name="inside" .value=${value} .checked=${f.inside === value}
                @change=${() => this.emit({ inside: value })} />
              ${value === 'all' ? nothing : html`<span class="swatch ${value}" aria-hidden="true"></span>`}${label}
            </label>`,
          )}
        </fieldset>
        ${this.renderGroup(
          'Country',
          'countries',
          this.countries.map((c) => ({
            value: c.code,
            label: this.countryNames[c.code] ?? c.code,
            count: c.count,
          })),
          f.countries,
          'countries',
        )}
      </form>
    `;
  }

  private renderGroup<K extends 'eventTypes' | 'attributions' | 'countries'>(
    legend: string,
    key: K,
    options: { value: string; label: string; count?: number; meaning?: string }[],
    selected: readonly string[],
    className = '',
  ) {
    const all = selected.length === 0;
    const isChecked = (v: string) => all || selected.includes(v);
    const checkedCount = options.filter((o) => isChecked(o.value)).length;
    return html`<fieldset data-group=${key}>
      <legend>${legend}</legend>
      <div class=${className}>
        ${options.map(
          (o) => html`<label title=${o.meaning ?? nothing}>
            <input
              type="checkbox"
              name=${key}
              .value=${o.value}
              .checked=${isChecked(o.value)}
              ?disabled=${isChecked(o.value) && checkedCount === 1}
              @change=${(e: Event) => this.toggle(key, options, o.value, (e.target as HTMLInputElement).checked)}
            />
            ${o.label}${o.count === undefined ? nothing : html` <span class="count">(${o.count})</span>`}
          </label>`,
        )}
      </div>
      ${all ? nothing : html`<button type="button" class="all" @click=${() => this.emit({ [key]: [] })}>all</button>`}
    </fieldset>`;
  }

  private toggle(
    key: 'eventTypes' | 'attributions' | 'countries',
    options: { value: string }[],
    value: string,
    checked: boolean,
  ) {
    const current = this.filters[key] as readonly string[];
    const base = current.length === 0 ? options.map((o) => o.value) : [...current];
    const next = checked ? [...new Set([...base, value])] : base.filter((v) => v !== value);
    // Everything ticked is the same as no restriction.
    const normalised = options.every((o) => next.includes(o.value)) ? [] : next;
    this.emit({ [key]: normalised });
  }

  private emit(change: Partial<EventFilters>) {
    this.filters = { ...this.filters, ...change };
    emit(this, 'km-filters-change', change);
  }
}

// Guarded: a second copy of the bundle on the page must not throw.
if (!customElements.get('km-filters')) customElements.define('km-filters', KmFilters);

declare global {
  interface HTMLElementTagNameMap {
    'km-filters': KmFilters;
  }
}
