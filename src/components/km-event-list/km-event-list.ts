import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classificationById, type InsideClassification } from '../../data/classification.ts';
import { formatRange } from '../../data/event-format.ts';
import { insideLookup, type SortDirection, type SortKey, sortOrder } from '../../data/sort-order.ts';
import type { EventFeature } from '../../data/types.ts';
import { emit } from '../events.ts';
import { styles } from './km-event-list.styles.ts';

const OVERSCAN = 6;

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'date', label: 'Date' },
  { key: 'place', label: 'Place' },
  { key: 'killed', label: 'Killed', numeric: true },
  { key: 'inside', label: 'In / out' },
];

/**
 * The filtered events as a sortable, keyboard-usable grid: the accessible view of the data.
 * Rows are virtualised (fixed row height; only visible rows are in the DOM), so 200,000 events stay cheap.
 *
 * Keyboard: focus the grid, then ArrowUp/ArrowDown move, PageUp/PageDown jump a screen, Home/End go to the ends,
 * Enter or Space selects the active row. The active row is exposed with `aria-activedescendant`.
 *
 * @summary Virtualised, sortable table of events.
 *
 * @event km-select - A row was chosen (click, Enter or Space). `detail: { id: string }`.
 * @event km-sort-change - The sort column or direction changed. `detail: { key, direction }`.
 *
 * @csspart grid - The element with role="grid" (the focus target).
 * @csspart header - The header row.
 * @csspart count - The line with the number of events.
 *
 * @cssproperty --km-event-list-height - Height of the list (default 320px).
 * @cssproperty --km-event-list-row-height - Row height; must match the `row-height` attribute (default 30px).
 * @cssproperty --km-inside-color - Marker colour for "inside".
 * @cssproperty --km-outside-color - Marker colour for "outside".
 * @cssproperty --km-focus-color - Focus ring and active row colour.
 *
 * @attr selected - Id of the selected event; the list scrolls it into view.
 * @attr active-boundary - Id of the boundary the inside/outside column refers to.
 * @attr active-boundary-name - Its display name, used in the column's accessible label.
 * @attr sort - Sort column: `date` | `place` | `killed` | `inside` (default `date`).
 * @attr direction - `ascending` | `descending` (default `ascending`).
 * @attr row-height - Row height in px (default 30).
 */
export class KmEventList extends LitElement {
  static override styles = styles;

  /** The events to list (already filtered). */
  @property({ attribute: false }) events: readonly EventFeature[] = [];

  /** Classification results for (at least) the listed events. */
  @property({ attribute: false }) classifications: readonly InsideClassification[] = [];

  @property({ reflect: true }) selected: string | null = null;
  @property({ attribute: 'active-boundary' }) activeBoundary = '';
  @property({ attribute: 'active-boundary-name' }) activeBoundaryName = '';
  @property({ reflect: true }) sort: SortKey = 'date';
  @property({ reflect: true }) direction: SortDirection = 'ascending';
  @property({ type: Number, attribute: 'row-height' }) rowHeight = 30;

  /** Display order: positions into `events`. */
  @state() private order: Uint32Array = new Uint32Array(0);
  /** Position in `order` of the keyboard-active row, or -1. */
  @state() private active = -1;
  @state() private scrollOffset = 0;
  @state() private viewportHeight = 300;

  @query('.grid') private grid!: HTMLElement;
  @query('.head') private head!: HTMLElement;

  private byId = new Map<string, InsideClassification>();
  private resizeObserver?: ResizeObserver;
  private scrollToActiveAfterUpdate = false;
  /** Scroll position to apply to the viewport after the next render. */
  private pendingScrollTop: number | null = null;
  /** The selection changed and has not been scrolled into view yet. */
  private revealSelected = false;

  /** Ids in display order (what a sighted user sees top to bottom). */
  get orderedIds(): string[] {
    return Array.from(this.order, (i) => this.events[i].properties.id);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(() => {
      if (this.grid) this.viewportHeight = this.rowsHeight();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override firstUpdated(): void {
    // The observer reports the initial size too (asynchronously, so not as an update inside an update).
    this.resizeObserver?.observe(this.grid);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('classifications')) this.byId = classificationById(this.classifications);
    const reorder =
      changed.has('events') ||
      changed.has('sort') ||
      changed.has('direction') ||
      (this.sort === 'inside' && (changed.has('classifications') || changed.has('activeBoundary')));
    const previousActiveId = this.active >= 0 ? this.idAt(this.active) : null;
    if (reorder) {
      this.order = sortOrder(
        this.events,
        this.sort,
        this.direction,
        insideLookup(this.byId, this.activeBoundary),
      );
    }
    if (changed.has('selected')) this.revealSelected = this.selected !== null;
    // A selection is brought into view once it is listed (the events may arrive after the selection).
    const selectedPos = this.revealSelected && this.selected ? this.positionOf(this.selected) : -1;
    if (selectedPos >= 0) {
      this.active = selectedPos;
      this.scrollToActiveAfterUpdate = true;
      this.revealSelected = false;
    } else if (reorder) {
      // Keep the keyboard position on the same event when it is still listed.
      const pos = previousActiveId ? this.positionOf(previousActiveId) : -1;
      this.active = pos >= 0 ? pos : Math.min(this.active, this.order.length - 1);
      if (changed.has('sort') || changed.has('direction')) this.scrollToActiveAfterUpdate = pos >= 0;
    }
    if (this.scrollToActiveAfterUpdate) {
      this.scrollToActiveAfterUpdate = false;
      if (this.active >= 0) {
        // Decided before rendering, so the rows for the new offset are rendered in this same update.
        this.scrollOffset = this.scrollTargetFor(this.active);
        this.pendingScrollTop = this.scrollOffset;
      }
    }
  }

  protected override updated(): void {
    // Only the DOM is touched here; the offset was already used for this render (see scrollTargetFor).
    if (this.pendingScrollTop !== null && this.grid) {
      this.grid.scrollTop = this.pendingScrollTop;
      this.pendingScrollTop = null;
    }
  }

  private idAt(pos: number): string | null {
    const i = this.order[pos];
    return i === undefined ? null : (this.events[i]?.properties.id ?? null);
  }

  private positionOf(id: string): number {
    const { order, events } = this;
    for (let pos = 0; pos < order.length; pos++) if (events[order[pos]].properties.id === id) return pos;
    return -1;
  }

  override render() {
    const n = this.order.length;
    const h = this.rowHeight;
    const first = Math.max(0, Math.floor(this.scrollOffset / h) - OVERSCAN);
    const last = Math.min(n, Math.ceil((this.scrollOffset + this.viewportHeight) / h) + OVERSCAN);
    const rows: number[] = [];
    for (let pos = first; pos < last; pos++) rows.push(pos);
    const activeRendered = this.active >= first && this.active < last;
    const boundaryLabel = this.activeBoundaryName || this.activeBoundary || 'active boundary';
    return html`
      <div
        class="grid"
        part="grid"
        role="grid"
        tabindex="0"
        aria-label="Events"
        aria-rowcount=${n + 1}
        aria-colcount=${COLUMNS.length}
        aria-activedescendant=${activeRendered ? `row-${this.active}` : nothing}
        style="--km-event-list-row-height: ${h}px"
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
        @scroll=${this.onScroll}
      >
        <div class="head" role="rowgroup">
          <div class="row" role="row" aria-rowindex="1" part="header">
            ${COLUMNS.map(
              (col, c) => html`<div
                class="cell ${col.numeric ? 'num' : ''}"
                role="columnheader"
                aria-colindex=${c + 1}
                aria-sort=${this.sort === col.key ? this.direction : nothing}
              >
                <button
                  type="button"
                  data-sort=${col.key}
                  title=${col.key === 'inside' ? `Inside or outside ${boundaryLabel}` : `Sort by ${col.label}`}
                  aria-label=${col.key === 'inside' ? `Inside or outside ${boundaryLabel}` : col.label}
                  @click=${() => this.toggleSort(col.key)}
                >
                  ${col.label}
                </button>
              </div>`,
            )}
          </div>
        </div>
        <div class="viewport">
          ${
            n === 0
              ? html`<div class="empty" role="row"><span role="gridcell">No events match the filters.</span></div>`
              : html`<div class="spacer body" role="rowgroup" style="height:${n * h}px">
                ${rows.map((pos) => this.renderRow(pos, h))}
              </div>`
          }
        </div>
      </div>
      <div class="count" part="count" aria-hidden="true">
        ${n.toLocaleString('en-GB')} ${n === 1 ? 'event' : 'events'}
      </div>
    `;
  }

  private renderRow(pos: number, h: number) {
    const p = this.events[this.order[pos]].properties;
    const inside = this.byId.get(p.id)?.results[this.activeBoundary]?.inside;
    const where = inside === undefined ? '…' : inside ? 'inside' : 'outside';
    return html`<div
      class="row ${pos === this.active ? 'active' : ''}"
      role="row"
      id="row-${pos}"
      data-id=${p.id}
      aria-rowindex=${pos + 2}
      aria-selected=${p.id === this.selected ? 'true' : 'false'}
      style="transform: translateY(${pos * h}px)"
      @click=${() => this.choose(pos)}
    >
      <div class="cell" role="gridcell">${p.date}</div>
      <div class="cell" role="gridcell" title=${p.place}>${p.place}, ${p.country}</div>
      <div class="cell num" role="gridcell">
        ${
          p.killed
            ? formatRange(p.killed)
            : html`<span aria-hidden="true" title="not reported">–</span><span class="sr">not reported</span>`
        }
      </div>
      <div class="cell ${inside === undefined ? '' : where}" role="gridcell">${where}</div>
    </div>`;
  }

  private toggleSort(key: SortKey) {
    if (this.sort === key) this.direction = this.direction === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sort = key;
      this.direction = key === 'killed' ? 'descending' : 'ascending';
    }
    emit(this, 'km-sort-change', { key: this.sort, direction: this.direction });
  }

  private onFocus() {
    if (this.active < 0 && this.order.length > 0) {
      const pos = this.selected ? this.positionOf(this.selected) : -1;
      this.moveTo(Math.max(pos, 0));
    }
  }

  private onKeyDown(e: KeyboardEvent) {
    if (e.target !== this.grid) return; // header buttons handle their own keys
    const n = this.order.length;
    if (n === 0) return;
    const page = Math.max(1, Math.floor(this.viewportHeight / this.rowHeight) - 1);
    const current = this.active < 0 ? -1 : this.active;
    let next: number | null = null;
    switch (e.key) {
      case 'ArrowDown':
        next = Math.min(n - 1, current + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, current - 1);
        break;
      case 'PageDown':
        next = Math.min(n - 1, current + page);
        break;
      case 'PageUp':
        next = Math.max(0, current - page);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = n - 1;
        break;
      case 'Enter':
      case ' ':
        if (current >= 0) this.choose(current);
        e.preventDefault();
        return;
      default:
        return;
    }
    e.preventDefault();
    this.moveTo(next);
  }

  private moveTo(pos: number) {
    this.active = pos;
    this.scrollToActiveAfterUpdate = true;
  }

  private choose(pos: number) {
    const id = this.idAt(pos);
    if (!id) return;
    this.active = pos;
    this.grid?.focus({ preventScroll: true });
    emit(this, 'km-select', { id });
  }

  /** The scroll offset that shows row `pos` with the least movement. */
  private scrollTargetFor(pos: number): number {
    const top = pos * this.rowHeight;
    const bottom = top + this.rowHeight;
    const height = (this.grid && this.rowsHeight()) || this.viewportHeight;
    if (top < this.scrollOffset) return top;
    if (bottom > this.scrollOffset + height) return bottom - height;
    return this.scrollOffset;
  }

  private onScroll() {
    this.scrollOffset = this.grid.scrollTop;
  }

  /** Height of the rows' part of the grid: the grid scrolls (so keyboard users reach it), under a sticky head. */
  private rowsHeight(): number {
    return Math.max(0, this.grid.clientHeight - (this.head?.offsetHeight ?? 0));
  }
}

// Guarded: a second copy of the bundle on the page must not throw.
if (!customElements.get('km-event-list')) customElements.define('km-event-list', KmEventList);

declare global {
  interface HTMLElementTagNameMap {
    'km-event-list': KmEventList;
  }
}
