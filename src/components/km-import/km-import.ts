import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { CsvColumns } from '../../data/csv-columns.ts';
import { toCsv } from '../../data/export/csv-escape.ts';
import type { ImportReport, ImportView } from '../../data/import/import-view.ts';
import { emit } from '../events.ts';
import { downloadText } from '../km-export/download.ts';
import { styles } from './km-import.styles.ts';

const PHASES: Record<string, string> = {
  read: 'Reading',
  parse: 'Reading rows',
  classify: 'Classifying against every boundary',
  transfer: 'Adding to the map',
  save: 'Saving',
  restore: 'Restoring',
};

const REPORT_ROWS = 100;

/**
 * Bring your own data: a file picker, a URL field, the column dialog for CSV files whose columns are not
 * recognised with certainty, a progress bar with Cancel, the import report (rejected rows with line numbers
 * and reasons, downloadable as CSV) and the list of imported datasets (show/hide, remove, clear all).
 * Every string from a file is rendered as text.
 *
 * @summary Import panel.
 *
 * @event khorasan-download - A report is about to be downloaded. `detail: { fileName, mimeType, text }`. Cancelable: `preventDefault()` stops the download.
 *
 * @csspart file-input - The file input.
 * @csspart url - The URL form.
 * @csspart progress - The progress bar.
 * @csspart report - The import report.
 * @csspart datasets - The list of imported datasets.
 * @csspart mapping - The column dialog.
 *
 * @cssproperty --km-muted-color - Colour of secondary text.
 * @cssproperty --km-error-color - Colour of error messages.
 */
export class KmImport extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) view: ImportView | null = null;

  @query('dialog') private dialog!: HTMLDialogElement | null;

  private uid = Math.random().toString(36).slice(2, 8);

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('view')) return;
    const open = Boolean(this.view?.mapping);
    const dialog = this.dialog;
    if (open && dialog && !dialog.open) dialog.showModal();
  }

  override render() {
    const v = this.view;
    if (!v) return nothing;
    const busy = Boolean(v.progress) || Boolean(v.mapping);
    return html`
      <div class="ways">
        <label class="button file">
          <input
            type="file"
            part="file-input"
            multiple
            accept=".csv,.tsv,.txt,.json,.geojson,.topojson,.kml,text/csv,application/json,application/geo+json,application/vnd.google-earth.kml+xml"
            ?disabled=${busy}
            @change=${this.onFiles}
          />
          Import file…
        </label>
        <span class="hint">or drop a file on the map</span>
      </div>
      <form class="url" part="url" @submit=${this.onUrl}>
        <label for=${`${this.uid}-url`} class="visually-hidden">Import from a URL</label>
        <input
          id=${`${this.uid}-url`}
          name="url"
          type="text"
          inputmode="url"
          autocomplete="url"
          spellcheck="false"
          placeholder="URL of a CSV, GeoJSON, TopoJSON or KML file"
          ?disabled=${busy}
        />
        <button type="submit" ?disabled=${busy}>Load</button>
      </form>
      <p class="hint">
        Events: CSV (ACLED, GTD, UCDP GED, any table with latitude/longitude), GeoJSON, TopoJSON, KML.
        Boundaries: GeoJSON or TopoJSON polygons.
      </p>
      ${v.progress ? this.renderProgress(v) : nothing}
      ${v.error ? html`<p class="error" role="alert">${v.error}</p>` : nothing}
      ${v.report ? this.renderReport(v.report) : nothing}
      ${this.renderDatasets(v)}
      ${v.mapping ? this.renderMapping(v) : nothing}
    `;
  }

  private renderProgress(v: ImportView) {
    const p = v.progress!;
    const percent = Math.round(p.fraction * 100);
    const restoring = p.phase === 'restore';
    return html`<div class="progress" part="progress" role="status">
      <div class="progress-label">
        <span>${PHASES[p.phase] ?? p.phase} ${p.name}…</span><span>${p.phase === 'read' ? '' : `${percent} %`}</span>
      </div>
      <progress max="100" value=${percent} aria-label=${`${restoring ? 'Restoring' : 'Import of'} ${p.name}`}></progress>
      ${
        // the restored data is classified in one run with the built-in events: nothing to cancel on its own
        restoring
          ? nothing
          : html`<button type="button" class="cancel" @click=${() => emit(this, 'km-import-cancel', {})}>Cancel</button>`
      }
    </div>`;
  }

  private renderReport(r: ImportReport) {
    const one = r.accepted === 1;
    const what = r.kind === 'events' ? (one ? 'event' : 'events') : one ? 'boundary' : 'boundaries';
    const shown = r.rejected.slice(0, REPORT_ROWS);
    return html`<div class="report" part="report">
      <p>
        <strong>${r.name}</strong>: ${r.accepted.toLocaleString('en')} ${what} imported${
          r.rejected.length
            ? html`, <strong class="rejected-count">${r.rejected.length.toLocaleString('en')} rejected</strong>`
            : nothing
        }.
      </p>
      ${r.notes.length ? html`<ul class="notes">${r.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
      ${
        r.rejected.length
          ? html`<table class="rejected">
              <caption>Not imported (${r.kind === 'events' ? 'line in the file' : 'feature number'} and reason)</caption>
              <thead><tr><th scope="col">${r.kind === 'events' ? 'Line' : '#'}</th><th scope="col">Reason</th></tr></thead>
              <tbody>
                ${shown.map((row) => html`<tr><td>${row.line}</td><td>${row.reason}</td></tr>`)}
              </tbody>
            </table>
            ${
              r.rejected.length > shown.length
                ? html`<p class="hint">and ${r.rejected.length - shown.length} more in the downloaded report.</p>`
                : nothing
            }`
          : nothing
      }
      <div class="actions">
        <button type="button" class="download-report" @click=${() => this.downloadReport(r)}>Download report (CSV)</button>
        <button type="button" class="dismiss" @click=${() => emit(this, 'km-import-dismiss', {})}>Close</button>
      </div>
    </div>`;
  }

  private renderDatasets(v: ImportView) {
    if (v.datasets.length === 0) return nothing;
    return html`<ul class="datasets" part="datasets" aria-label="Imported datasets">
        ${v.datasets.map((d) => {
          const id = `${this.uid}-ds-${v.datasets.indexOf(d)}`;
          const count = `${d.features.length.toLocaleString('en')} ${d.kind === 'events' ? 'events' : d.features.length === 1 ? 'boundary' : 'boundaries'}`;
          return html`<li class="dataset" data-name=${d.name} data-kind=${d.kind}>
            ${
              d.kind === 'events'
                ? html`<input
                    type="checkbox"
                    id=${id}
                    .checked=${d.visible}
                    @change=${(e: Event) => emit(this, 'km-dataset-visibility', { name: d.name, visible: (e.target as HTMLInputElement).checked })}
                  />`
                : html`<span class="kind" aria-hidden="true">▱</span>`
            }
            <label for=${id} class="name">${d.name}</label>
            <span class="count">${count}</span>
            <button
              type="button"
              class="remove"
              aria-label=${`Remove ${d.name}`}
              title="Remove"
              @click=${() => emit(this, 'km-dataset-remove', { name: d.name })}
            >×</button>
          </li>`;
        })}
      </ul>
      <button type="button" class="clear" @click=${() => emit(this, 'km-import-clear', {})}>Clear imported data</button>`;
  }

  private renderMapping(v: ImportView) {
    const m = v.mapping!;
    const { header, rows, guess } = m.preview;
    const select = (role: string, label: string, chosen: string | null | undefined, optional: boolean) =>
      html`<label class="role">
        <span>${label}</span>
        <select name=${role} ?required=${!optional}>
          ${optional ? html`<option value="" ?selected=${!chosen}>(none)</option>` : nothing}
          ${header.map((h) => html`<option value=${h} ?selected=${h === chosen}>${h}</option>`)}
        </select>
      </label>`;
    const date = typeof guess?.date === 'string' ? guess.date : null;
    return html`<dialog part="mapping" aria-labelledby=${`${this.uid}-mapping-title`} @cancel=${this.onMappingCancel}>
      <form method="dialog" @submit=${this.onMapping}>
        <h2 id=${`${this.uid}-mapping-title`}>Which columns hold what?</h2>
        <p class="hint">
          ${guess ? 'The columns of' : 'No latitude/longitude columns were recognised in'} <strong>${m.name}</strong>${
            guess ? ' were guessed; please check them.' : '. Please choose them.'
          }
        </p>
        <div class="roles">
          ${select('lat', 'Latitude', guess?.lat, false)} ${select('lon', 'Longitude', guess?.lon, false)}
          ${select('id', 'Id', guess?.id, true)} ${select('date', 'Date', date, true)}
          ${select('fatalities', 'Killed', guess?.fatalities, true)}
        </div>
        <div class="preview" tabindex="0" aria-label="First rows of the file">
          <table>
            <thead><tr>${header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
            <tbody>${rows.map((r) => html`<tr>${header.map((_, i) => html`<td>${r[i] ?? ''}</td>`)}</tr>`)}</tbody>
          </table>
        </div>
        <div class="actions">
          <button type="button" @click=${this.onMappingCancel}>Cancel</button>
          <button type="submit" class="primary">Import</button>
        </div>
      </form>
    </dialog>`;
  }

  private onFiles = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const files = input.files ? Array.from(input.files) : [];
    input.value = '';
    if (files.length) emit(this, 'km-import-files', { files });
  };

  private onUrl = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const input = form.elements.namedItem('url') as HTMLInputElement;
    emit(this, 'km-import-url', { url: input.value });
  };

  private onMapping = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement).value;
    const columns: CsvColumns = {
      lat: value('lat'),
      lon: value('lon'),
      id: value('id') || null,
      ...(value('date') && { date: value('date') }),
      ...(value('fatalities') && { fatalities: value('fatalities') }),
      source: 'generic',
      confidence: 'sure',
    };
    this.dialog?.close();
    emit(this, 'km-column-mapping', { columns });
  };

  private onMappingCancel = (e: Event) => {
    e.preventDefault();
    this.dialog?.close();
    emit(this, 'km-column-mapping', { columns: null });
  };

  private downloadReport(r: ImportReport): void {
    const rows: unknown[][] = r.rejected.map((row) => [r.name, row.line, row.reason]);
    for (const note of r.notes) rows.push([r.name, '', `note: ${note}`]);
    const text = toCsv(['file', r.kind === 'events' ? 'line' : 'feature', 'reason'], rows);
    downloadText(this, `${r.name.replace(/\.[^.]+$/, '')}-import-report.csv`, 'text/csv', text);
  }
}

// Guarded: a second copy of the bundle on the page must not throw.
if (!customElements.get('km-import')) customElements.define('km-import', KmImport);

declare global {
  interface HTMLElementTagNameMap {
    'km-import': KmImport;
  }
}
