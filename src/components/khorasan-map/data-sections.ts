// Lit templates of the element's data sections: the import and export panels in the sidebar, and the legend
// rows of imported datasets. They render what they are given; user actions leave as typed events.
import { html, type TemplateResult } from 'lit';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { EventClassification } from '../../data/classification.ts';
import type { ImportView } from '../../data/import/import-view.ts';
import type { BoundaryFeature, EventFeature } from '../../data/types.ts';
import { emit } from '../events.ts';
import type { PngLegend } from '../km-export/map-png.ts';
import type { LegendItem } from '../km-legend/km-legend.ts';
import '../km-export/km-export.ts';
import '../km-import/km-import.ts';

/** What the export panel needs from the element. */
export interface ExportContext {
  filtered: readonly EventFeature[];
  classification: readonly EventClassification[] | null;
  boundaries: readonly BoundaryFeature[];
  map: MaplibreMap | null;
  legend: Omit<PngLegend, 'attribution'>;
  /**
   * Completes the events before an events export: their details are fetched and their distances computed
   * on first need. Resolves to the classification to export.
   */
  prepare?: () => Promise<readonly EventClassification[] | null>;
}

/** The sidebar sections: import (part="import") and export (part="export"). */
export function importExportSections(view: ImportView, ctx: ExportContext): TemplateResult {
  return html`<section class="section" aria-labelledby="h-import">
      <h3 id="h-import">Your data</h3>
      <km-import part="import" .view=${view}></km-import>
    </section>
    <section class="section" aria-labelledby="h-export">
      <h3 id="h-export">Export</h3>
      <km-export
        part="export"
        .events=${ctx.filtered}
        .classification=${ctx.classification}
        .boundaries=${ctx.boundaries}
        .map=${ctx.map}
        .legend=${{ ...ctx.legend, imported: view.datasets.filter((d) => d.visible).map((d) => d.name) }}
        .beforeExport=${ctx.prepare ?? null}
      ></km-export>
    </section>`;
}

/**
 * One legend row per imported events dataset, with show/hide and remove (as events that the import
 * controller hears); markers have a contrasting outline.
 */
export function importedLegendItems(
  view: ImportView,
  colors: { unknown: string; highlight: string },
): LegendItem[] {
  return view.datasets
    .filter((d) => d.kind === 'events')
    .map((d) => ({
      label: `Imported: ${d.name} (${d.features.length.toLocaleString('en')})`,
      swatch: html`<span class="imported-swatch" style="display:inline-flex;gap:2px;align-items:center">
        <input
          type="checkbox"
          style="margin:0"
          aria-label=${`Show ${d.name}`}
          .checked=${d.visible}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            emit(input, 'km-dataset-visibility', { name: d.name, visible: input.checked });
          }}
        /><button
          type="button"
          aria-label=${`Remove ${d.name}`}
          title="Remove"
          style="border:none;background:none;padding:0 2px;cursor:pointer;font:inherit;color:inherit"
          @click=${(e: Event) => emit(e.target as HTMLElement, 'km-dataset-remove', { name: d.name })}
        >×</button
        ><svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="5" fill=${colors.unknown} stroke=${colors.highlight} stroke-width="1.6"></circle>
        </svg>
      </span>`,
    }));
}
