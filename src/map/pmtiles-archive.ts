// Opening a `basemap-pmtiles` archive. This module is loaded with import() only when that attribute is set,
// so the PMTiles decoder and the Protomaps styles cost nothing to the default embed. The archive is read
// with HTTP range requests (pmtiles' FetchSource); its header and metadata are checked before any map
// draws it: a vector archive with at least one layer of the Protomaps basemap schema.
import { language_script_pairs, namedFlavor, layers as protomapsLayers } from '@protomaps/basemaps';
import { addProtocol, type LayerSpecification, type StyleSpecification } from 'maplibre-gl';
import { PMTiles, Protocol, TileType } from 'pmtiles';
import type { ThemeName } from './colors.ts';
import {
  DEFAULT_PMTILES_ATTRIBUTION,
  type PmtilesArchiveInfo,
  PROTOMAPS_LAYERS,
  pmtilesPaintUpdates,
  pmtilesStyle,
} from './pmtiles-basemap.ts';

/** An archive that opened and fits: the style of a new map, and the paint of a theme for a live one. */
export interface PmtilesBasemap {
  info: PmtilesArchiveInfo;
  style(theme: ThemeName): StyleSpecification;
  paintUpdates(theme: ThemeName): { layer: string; property: string; value: unknown }[];
}

let protocol: Protocol | undefined;

/** One `pmtiles://` protocol for the page; maplibre asks it for each tile. */
function ensureProtocol(): Protocol {
  if (!protocol) {
    protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile as unknown as Parameters<typeof addProtocol>[1]);
  }
  return protocol;
}

function themeLayers(theme: ThemeName, lang: string): LayerSpecification[] {
  // @protomaps/basemaps types its layers with the style-spec package; they are maplibre's own types
  return protomapsLayers('protomaps', namedFlavor(theme), { lang }) as unknown as LayerSpecification[];
}

interface ArchiveMetadata {
  attribution?: string;
  vector_layers?: { id?: string }[];
}

/** Opens the archive at `url` (absolute) or rejects saying why it cannot be drawn. */
export async function openPmtilesBasemap(url: string, lang = 'en'): Promise<PmtilesBasemap> {
  const archive = new PMTiles(url);
  const header = await archive.getHeader();
  if (header.tileType !== TileType.Mvt) throw new Error('not a vector (MVT) archive');
  const metadata = (await archive.getMetadata()) as ArchiveMetadata;
  const ids = (metadata.vector_layers ?? []).map((l) => l.id);
  if (!ids.some((id) => id && PROTOMAPS_LAYERS.includes(id))) {
    throw new Error(`not in the Protomaps basemap schema (layers: ${ids.join(', ') || 'none'})`);
  }
  ensureProtocol().add(archive);
  // labels in the page's language where the Protomaps styles know it, English otherwise
  const labelLang = language_script_pairs.some((p) => p.lang === lang) ? lang : 'en';
  const info: PmtilesArchiveInfo = {
    url,
    minzoom: header.minZoom,
    maxzoom: header.maxZoom,
    bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
    attribution: metadata.attribution || DEFAULT_PMTILES_ATTRIBUTION,
  };
  return {
    info,
    style: (theme) => pmtilesStyle(info, themeLayers(theme, labelLang)),
    paintUpdates: (theme) => pmtilesPaintUpdates(themeLayers(theme, labelLang)),
  };
}
