import { html, LitElement, nothing, type PropertyValues, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { monthEnd, monthOf, monthStart, windowRange } from '../../data/time-window.ts';
import type { EventFeature } from '../../data/types.ts';
import type { TimeWindow } from '../../state/map-state.ts';
import { emit } from '../events.ts';
import { styles } from './km-timeline.styles.ts';

const WINDOW_LENGTHS = [1, 3, 6, 12, 24];
const MONTH_NAMES = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/**
 * Time filter over the covered period: from/to dates, two handles (start and end of the window) over a
 * monthly histogram whose filled part and year ticks (at 1 January) line up with the months, and a play
 * button that steps one month at a time. A cumulative window keeps its start; a moving
 * window covers the last `window-months` months.
 *
 * Keyboard: every control is a native input or button (Tab between them, arrows on a handle move a month).
 *
 * @summary Time range filter with playback.
 *
 * @event km-filters-change - The date range changed. `detail: { from: string; to: string }` (ISO dates, inclusive).
 * @event km-play-change - Playback started or stopped. `detail: { playing: boolean }`.
 *
 * @csspart controls - The row of buttons and inputs.
 * @csspart play - The play/pause button.
 * @csspart slider - The range input of the window's end.
 * @csspart start-slider - The range input of the window's start (disabled for a moving window).
 * @csspart histogram - The monthly event histogram.
 *
 * @cssproperty --km-accent-color - Play button, slider and highlighted histogram bars.
 * @cssproperty --km-histogram-color - Bars outside the current range.
 *
 * @attr from - Start of the range (ISO date, inclusive).
 * @attr to - End of the range (ISO date, inclusive).
 * @attr min - First day of the covered period (default 2015-01-01).
 * @attr max - Last day of the covered period (default 2024-12-31).
 * @attr window - `cumulative` | `moving` (default `cumulative`).
 * @attr window-months - Length of a moving window in months (default 12).
 * @attr step-ms - Milliseconds per playback step (default 700).
 * @attr playing - Present while playing.
 */
export class KmTimeline extends LitElement {
  static override styles = styles;

  @property() from = '2015-01-01';
  @property() to = '2024-12-31';
  @property() min = '2015-01-01';
  @property() max = '2024-12-31';
  @property() window: TimeWindow = 'cumulative';
  @property({ type: Number, attribute: 'window-months' }) windowMonths = 12;
  @property({ type: Number, attribute: 'step-ms' }) stepMs = 700;
  @property({ type: Boolean, reflect: true }) playing = false;

  /** Events for the monthly histogram (usually all events, not the filtered ones). */
  @property({ attribute: false }) events: readonly EventFeature[] = [];

  @state() private counts: Uint32Array = new Uint32Array(0);
  private timer: ReturnType<typeof setInterval> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events') || changed.has('min') || changed.has('max')) this.counts = this.countByMonth();
  }

  private countByMonth(): Uint32Array {
    const first = monthOf(this.min);
    const counts = new Uint32Array(Math.max(0, monthOf(this.max) - first + 1));
    for (const e of this.events) {
      const m = monthOf(e.properties.date) - first;
      if (m >= 0 && m < counts.length) counts[m]++;
    }
    return counts;
  }

  override render() {
    const first = monthOf(this.min);
    const lastMonth = monthOf(this.max);
    const toMonth = clamp(monthOf(this.to), first, lastMonth);
    const fromMonth = clamp(monthOf(this.from), first, lastMonth);
    return html`
      <div class="controls" part="controls">
        <button
          class="play"
          part="play"
          type="button"
          aria-label=${this.playing ? 'Pause' : 'Play through time'}
          title=${this.playing ? 'Pause' : 'Play through time'}
          @click=${this.togglePlay}
        >
          ${
            this.playing
              ? svg`<svg viewBox="0 0 10 10" aria-hidden="true"><rect x="1.5" y="1" width="2.5" height="8"/><rect x="6" y="1" width="2.5" height="8"/></svg>`
              : svg`<svg viewBox="0 0 10 10" aria-hidden="true"><path d="M2 1 L9 5 L2 9 Z"/></svg>`
          }
        </button>
        <label>From <input type="date" name="from" .value=${this.from} min=${this.min} max=${this.max}
          @change=${this.onFromInput} /></label>
        <label>To <input type="date" name="to" .value=${this.to} min=${this.min} max=${this.max}
          @change=${this.onToInput} /></label>
        <label>Window
          <select name="window" @change=${this.onWindowChange}>
            <option value="cumulative" ?selected=${this.window === 'cumulative'}>cumulative</option>
            <option value="moving" ?selected=${this.window === 'moving'}>moving</option>
          </select>
        </label>
        <label>Length
          <select name="window-months" ?disabled=${this.window !== 'moving'} @change=${this.onLengthChange}>
            ${WINDOW_LENGTHS.map(
              (m) =>
                html`<option value=${m} ?selected=${m === this.windowMonths}>${m} ${m === 1 ? 'month' : 'months'}</option>`,
            )}
          </select>
        </label>
        <button class="reset" type="button" @click=${this.reset}>All dates</button>
        <span class="current" aria-live="off">${this.from} – ${this.to}</span>
      </div>
      <div class="track" style=${`--km-months: ${lastMonth - first + 1}`}>
        ${this.renderHistogram(fromMonth - first, toMonth - first)}
        <div class="sliders">
          <div class="rail" aria-hidden="true">
            <div class="fill" style=${fillStyle(fromMonth - first, toMonth - first, lastMonth - first)}></div>
          </div>
          <input
            type="range"
            part="slider"
            class="end"
            aria-label="End of the time window"
            aria-valuetext=${monthLabel(toMonth)}
            min="0"
            max=${lastMonth - first}
            step="1"
            .value=${String(toMonth - first)}
            @input=${this.onSlide}
          />
          <input
            type="range"
            part="start-slider"
            class="start"
            aria-label="Start of the time window"
            aria-valuetext=${monthLabel(fromMonth)}
            min="0"
            max=${lastMonth - first}
            step="1"
            ?disabled=${this.window === 'moving'}
            .value=${String(fromMonth - first)}
            @input=${this.onStartSlide}
          />
        </div>
        <div class="axis" aria-hidden="true">
          ${yearsBetween(this.min, this.max).map((y) => {
            const at = monthOf(`${y}-01-01`) - first;
            return at < 0
              ? nothing
              : html`<span style=${`left: ${tickPercent(at, lastMonth - first)}%`}>${y}</span>`;
          })}
        </div>
      </div>
    `;
  }

  private renderHistogram(fromIdx: number, toIdx: number) {
    const counts = this.counts;
    if (counts.length === 0) return nothing;
    let peak = 1;
    for (const c of counts) peak = Math.max(peak, c);
    // bar i is centred where a handle stands for month i (see tickPercent)
    const last = Math.max(1, counts.length - 1);
    const w = 100 / last;
    return html`<svg class="histogram" part="histogram" viewBox="0 0 100 28" preserveAspectRatio="none" aria-hidden="true">
      ${Array.from(counts, (c, i) => {
        const h = c === 0 ? 0 : Math.max(1.5, (c / peak) * 28);
        return svg`<rect class=${i >= fromIdx && i <= toIdx ? 'in' : ''} x=${(i / last) * 100 - w * 0.4} y=${28 - h} width=${w * 0.8} height=${h}/>`;
      })}
    </svg>`;
  }

  /** Sets the range and reports it. */
  private emit(from: string, to: string) {
    this.from = from;
    this.to = to;
    emit(this, 'km-filters-change', { from, to });
  }

  /** The range when the window ends with `month`. */
  private rangeEndingAt(month: number): { from: string; to: string } {
    if (this.window === 'moving') return windowRange(month, 'moving', this.windowMonths, this.min);
    const to = month >= monthOf(this.max) ? this.max : monthEnd(month);
    const from = this.from <= to ? this.from : this.min;
    return { from, to };
  }

  private onSlide(e: Event) {
    const month = monthOf(this.min) + Number((e.target as HTMLInputElement).value);
    const { from, to } = this.rangeEndingAt(month);
    this.emit(from, to);
  }

  private onStartSlide(e: Event) {
    const month = monthOf(this.min) + Number((e.target as HTMLInputElement).value);
    const from = month <= monthOf(this.min) ? this.min : monthStart(month);
    // a start after the end pulls the end along, to the end of that month
    this.emit(from, from <= this.to ? this.to : monthEnd(month));
  }

  private onFromInput(e: Event) {
    const value = (e.target as HTMLInputElement).value;
    if (!value) return;
    // ISO dates compare as strings; a From after To pulls To along.
    this.emit(value, [value, this.to].sort()[1]);
  }

  private onToInput(e: Event) {
    const value = (e.target as HTMLInputElement).value;
    if (!value) return;
    this.emit([value, this.from].sort()[0], value);
  }

  private onWindowChange(e: Event) {
    this.window = (e.target as HTMLSelectElement).value as TimeWindow;
    const { from, to } = this.rangeEndingAt(monthOf(this.to));
    if (this.window === 'moving') this.emit(from, to);
  }

  private onLengthChange(e: Event) {
    this.windowMonths = Number((e.target as HTMLSelectElement).value);
    const { from, to } = this.rangeEndingAt(monthOf(this.to));
    this.emit(from, to);
  }

  private reset() {
    this.stop();
    this.emit(this.min, this.max);
  }

  private togglePlay() {
    if (this.playing) this.stop();
    else this.play();
  }

  /** Starts playback: from the start of the current range (or the period) to the end of the period. */
  play() {
    if (this.playing) return;
    const lastMonth = monthOf(this.max);
    let month = monthOf(this.to);
    if (month >= lastMonth) {
      // Start over: the first step shows the first month of the window.
      month = this.window === 'moving' ? monthOf(this.min) : monthOf(this.from);
      const first = this.rangeEndingAt(month);
      this.emit(this.window === 'moving' ? first.from : this.from, first.to);
    }
    this.playing = true;
    emit(this, 'km-play-change', { playing: true });
    this.timer = setInterval(() => this.step(), this.stepMs);
  }

  /** Stops playback where it is. */
  stop() {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    if (this.playing) {
      this.playing = false;
      emit(this, 'km-play-change', { playing: false });
    }
  }

  /** Advances one month; stops at the end of the period. */
  step() {
    const lastMonth = monthOf(this.max);
    const month = Math.min(lastMonth, monthOf(this.to) + 1);
    const { from, to } = this.rangeEndingAt(month);
    this.emit(from, to);
    if (month >= lastMonth) this.stop();
  }
}

function clamp(v: number, lo: number, hi: number) {
  return Math.min(hi, Math.max(lo, v));
}

function monthLabel(month: number): string {
  return `${MONTH_NAMES[month % 12]} ${Math.floor(month / 12)}`;
}

/** Where a handle stands for month index `at` of `last`: in % of the rail (the handles' centres span it). */
function tickPercent(at: number, last: number): number {
  // 1 January lies half a month before the middle of January
  return Math.max(0, Math.min(100, ((at - 0.5) / Math.max(1, last)) * 100));
}

/** The filled part of the rail: from the start month's left edge to the end month's right edge. */
function fillStyle(from: number, to: number, last: number): string {
  const left = tickPercent(from, last);
  const right = tickPercent(to + 1, last);
  return `left: ${left}%; width: ${Math.max(0, right - left)}%`;
}

function yearsBetween(min: string, max: string): number[] {
  const out: number[] = [];
  for (let y = Number(min.slice(0, 4)); y <= Number(max.slice(0, 4)); y++) out.push(y);
  return out;
}

// Guarded: a second copy of the bundle on the page must not throw.
if (!customElements.get('km-timeline')) customElements.define('km-timeline', KmTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'km-timeline': KmTimeline;
  }
}
