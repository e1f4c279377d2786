import { css, html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { EventClassification } from '../../data/classification.ts';
import type { EventResults } from '../../data/export/export-events.ts';
import type { BoundaryFeature, EventFeature } from '../../data/types.ts';
import { downloadText } from './download.ts';
import type { PngLegend } from './map-png.ts';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Takes the results away: the filtered, classified events as CSV or GeoJSON (original fields, then
 * `inside_<id>` and `distance_km_<id>` for every boundary, then the sources; CSV cells are escaped against
 * formula injection), the boundaries as GeoJSON with their provenance, and a PNG of the map for print
 * (twice its CSS size; `pngBlob({ width })` for another) with title, legend, scale bar and credits.
 *
 * @summary Export panel.
 *
 * @event khorasan-download - A file is about to be saved. `detail: { fileName, mimeType, text }` (`text` is a Blob for the PNG). Cancelable.
 *
 * @csspart button - Each export button.
 */
export class KmExport extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font: var(--km-font, 14px/1.4 system-ui, sans-serif);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
    }
    button {
      font: inherit;
      font-size: 0.9em;
      cursor: pointer;
    }
    .hint {
      color: var(--km-muted-color, #666);
      font-size: 0.85em;
      margin: 0.4em 0 0;
    }
    .error {
      color: var(--km-error-color, #b00020);
    }
  `;

  /** The events that pass the filters. */
  @property({ attribute: false }) events: readonly EventFeature[] = [];
  /** The events' classification; while null, the events buttons wait for it (unless `beforeExport` gives it). */
  @property({ attribute: false }) classification: readonly EventClassification[] | null = null;
  @property({ attribute: false }) boundaries: readonly BoundaryFeature[] = [];
  @property({ attribute: false }) map: MaplibreMap | null = null;
  /** Legend drawn into the PNG. */
  @property({ attribute: false }) legend: Omit<PngLegend, 'attribution'> | null = null;
  /**
   * Awaited before an events export, e.g. to fetch the events' details or compute their distances on first
   * need. When it resolves to a classification, that is the one exported.
   */
  @property({ attribute: false }) beforeExport:
    | (() => Promise<readonly EventClassification[] | null | undefined>)
    | null = null;

  @state() private message = '';
  @state() private failed = false;

  override render() {
    const n = this.events.length;
    const ready = this.classification !== null || this.beforeExport !== null;
    return html`<div class="buttons">
        <button part="button" data-export="events-csv" ?disabled=${!ready} @click=${() => this.exportEvents('csv')}>
          Events CSV
        </button>
        <button part="button" data-export="events-geojson" ?disabled=${!ready} @click=${() => this.exportEvents('geojson')}>
          Events GeoJSON
        </button>
        <button part="button" data-export="boundaries" @click=${this.exportBoundaries}>Boundaries GeoJSON</button>
        <button part="button" data-export="png" ?disabled=${!this.map} @click=${this.exportPng}>Map PNG</button>
      </div>
      <p class="hint">${n.toLocaleString('en')} filtered events, classified against ${this.boundaries.length} boundaries.</p>
      ${this.message ? html`<p class=${this.failed ? 'error' : 'hint'} role="status">${this.message}</p>` : ''}`;
  }

  /** The CSV or GeoJSON text of the filtered events (what the buttons save). */
  async eventsText(format: 'csv' | 'geojson', classification = this.classification): Promise<string> {
    // The writers are fetched on the first export: most readers never export.
    const { eventsToCsv, eventsToGeoJson } = await import('../../data/export/export-events.ts');
    const byId = new Map<string, EventResults>();
    for (const c of classification ?? []) byId.set(c.id, c.results);
    const ids = this.boundaries.map((b) => b.properties.id);
    const events = [...this.events];
    return format === 'csv' ? eventsToCsv(events, byId, ids) : eventsToGeoJson(events, byId, ids);
  }

  /** The boundaries, geometry and provenance (definition, members, sources, derivation). */
  boundariesText(): string {
    return JSON.stringify({ type: 'FeatureCollection', features: this.boundaries });
  }

  /**
   * The PNG of the current map with title, legend, scale bar and credits: `width` pixels wide (at most
   * 4096), by default twice the map's CSS width, for print.
   */
  async pngBlob(options: { width?: number } = {}): Promise<Blob> {
    const map = this.map;
    if (!map) throw new Error('the map is not ready');
    const { canvasToPng, captureMapAt, composeMapImage, MAX_PNG_WIDTH, scaleBarFor } = await import(
      './map-png.ts'
    );
    const cssWidth = map.getContainer().clientWidth || map.getCanvas().clientWidth || 1;
    const width = Math.min(MAX_PNG_WIDTH, Math.max(1, Math.round(options.width ?? cssWidth * 2)));
    const captured = await captureMapAt(map, width / cssWidth);
    const attribution =
      map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim() ||
      'Basemap: Natural Earth';
    const legend: PngLegend = {
      title: 'Khorasan: history and claim',
      subtitle: '',
      boundaries: [],
      markers: null,
      ...this.legend,
      attribution,
    };
    return canvasToPng(composeMapImage(captured, legend, captured.width / cssWidth, scaleBarFor(map)));
  }

  private async exportEvents(format: 'csv' | 'geojson'): Promise<void> {
    let classification = this.classification;
    try {
      if (this.beforeExport) this.say('Preparing the export…');
      classification = (await this.beforeExport?.()) || classification;
    } catch (error) {
      this.say(`The events could not be completed for export: ${(error as Error).message}`, true);
      return;
    }
    if (!classification) {
      this.say('The events are not classified yet; try again in a moment.', true);
      return;
    }
    let text: string;
    try {
      text = await this.eventsText(format, classification);
    } catch (error) {
      this.say(`The events could not be exported: ${(error as Error).message}`, true);
      return;
    }
    const ext = format === 'csv' ? 'csv' : 'geojson';
    const mime = format === 'csv' ? 'text/csv' : 'application/geo+json';
    downloadText(this, `khorasan-events-${today()}.${ext}`, mime, text);
    this.say(`Saved ${this.events.length.toLocaleString('en')} events as ${format.toUpperCase()}.`);
  }

  private exportBoundaries = () => {
    downloadText(
      this,
      `khorasan-boundaries-${today()}.geojson`,
      'application/geo+json',
      this.boundariesText(),
    );
    this.say(`Saved ${this.boundaries.length} boundaries as GeoJSON.`);
  };

  private exportPng = async () => {
    try {
      const blob = await this.pngBlob();
      downloadText(this, `khorasan-map-${today()}.png`, 'image/png', blob);
      this.say('Saved the map as PNG.');
    } catch (error) {
      this.say(`The map image could not be made: ${(error as Error).message}`, true);
    }
  };

  private say(message: string, failed = false): void {
    this.message = message;
    this.failed = failed;
  }
}

// Guarded: a second copy of the bundle on the page must not throw.
if (!customElements.get('km-export')) customElements.define('km-export', KmExport);

declare global {
  interface HTMLElementTagNameMap {
    'km-export': KmExport;
  }
}
