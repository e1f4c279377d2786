// Every event that <khorasan-map> and its panels fire, with its detail type, in one map. It is merged into
// the DOM's HTMLElementEventMap, so `el.addEventListener('khorasan-select', (e) => e.detail.id)` is typed
// for users of the package too. All events bubble and cross shadow roots (composed); fire them with emit().
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { CsvColumns } from '../data/csv-columns.ts';
import type { EventFilters } from '../data/filter-types.ts';
import type { SortDirection, SortKey } from '../data/sort-order.ts';
import type { EventFeature } from '../data/types.ts';
import type { MapState } from '../state/map-state.ts';

export interface KhorasanEventDetails {
  // the element's public events
  'khorasan-ready': { map: MaplibreMap };
  'khorasan-select': { id: string | null; event: EventFeature | null };
  'khorasan-viewchange': { center: [number, number]; zoom: number; bounds: [number, number, number, number] };
  'khorasan-statechange': { state: MapState; hash: string };
  'khorasan-error': { message: string; cause?: unknown };
  'khorasan-download': { fileName: string; mimeType: string; text: string | Blob };
  // panels → element
  'km-select': { id: string };
  'km-close': Record<string, never>;
  'km-filters-change': Partial<EventFilters>;
  'km-play-change': { playing: boolean };
  'km-sort-change': { key: SortKey; direction: SortDirection };
  'km-copy': { kind: 'link' | 'iframe' | 'script'; text: string };
  'km-boundary-toggle': { id: string; visible: boolean };
  'km-opacity-change': { id: string; opacity: number };
  'km-active-change': { id: string };
  // the import panel → the element's import controller
  'km-import-files': { files: File[] };
  'km-import-url': { url: string };
  'km-import-cancel': Record<string, never>;
  'km-import-dismiss': Record<string, never>;
  'km-column-mapping': { columns: CsvColumns | null };
  'km-dataset-visibility': { name: string; visible: boolean };
  'km-dataset-remove': { name: string };
  'km-import-clear': Record<string, never>;
}

export type KhorasanEventName = keyof KhorasanEventDetails;

declare global {
  interface HTMLElementEventMap {
    'khorasan-ready': CustomEvent<KhorasanEventDetails['khorasan-ready']>;
    'khorasan-select': CustomEvent<KhorasanEventDetails['khorasan-select']>;
    'khorasan-viewchange': CustomEvent<KhorasanEventDetails['khorasan-viewchange']>;
    'khorasan-statechange': CustomEvent<KhorasanEventDetails['khorasan-statechange']>;
    'khorasan-error': CustomEvent<KhorasanEventDetails['khorasan-error']>;
    'khorasan-download': CustomEvent<KhorasanEventDetails['khorasan-download']>;
    'km-select': CustomEvent<KhorasanEventDetails['km-select']>;
    'km-close': CustomEvent<KhorasanEventDetails['km-close']>;
    'km-filters-change': CustomEvent<KhorasanEventDetails['km-filters-change']>;
    'km-play-change': CustomEvent<KhorasanEventDetails['km-play-change']>;
    'km-sort-change': CustomEvent<KhorasanEventDetails['km-sort-change']>;
    'km-copy': CustomEvent<KhorasanEventDetails['km-copy']>;
    'km-boundary-toggle': CustomEvent<KhorasanEventDetails['km-boundary-toggle']>;
    'km-opacity-change': CustomEvent<KhorasanEventDetails['km-opacity-change']>;
    'km-active-change': CustomEvent<KhorasanEventDetails['km-active-change']>;
    'km-import-files': CustomEvent<KhorasanEventDetails['km-import-files']>;
    'km-import-url': CustomEvent<KhorasanEventDetails['km-import-url']>;
    'km-import-cancel': CustomEvent<KhorasanEventDetails['km-import-cancel']>;
    'km-import-dismiss': CustomEvent<KhorasanEventDetails['km-import-dismiss']>;
    'km-column-mapping': CustomEvent<KhorasanEventDetails['km-column-mapping']>;
    'km-dataset-visibility': CustomEvent<KhorasanEventDetails['km-dataset-visibility']>;
    'km-dataset-remove': CustomEvent<KhorasanEventDetails['km-dataset-remove']>;
    'km-import-clear': CustomEvent<KhorasanEventDetails['km-import-clear']>;
  }
}

/**
 * Fires a typed event from `from` that bubbles and is composed. Returns false when a listener called
 * preventDefault() on a cancelable event.
 */
export function emit<K extends KhorasanEventName>(
  from: EventTarget,
  type: K,
  detail: KhorasanEventDetails[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return from.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
