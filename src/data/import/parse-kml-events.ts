// Events from KML, through @tmcw/togeojson. Needs a DOMParser: the browser's on the main thread,
// or one passed in (tests use @xmldom/xmldom).
import { kml } from '@tmcw/togeojson';
import type { EventImport } from './import-types.ts';
import { ImportError } from './import-types.ts';
import { eventsFromDocument } from './parse-geojson-events.ts';

interface XmlParser {
  parseFromString(text: string, type: 'application/xml' | 'text/xml'): Document;
}

export function parseKmlEvents(text: string, dataset: string, parser?: XmlParser): EventImport {
  let xml: Document;
  try {
    xml = (parser ?? new DOMParser()).parseFromString(text, 'application/xml');
  } catch (error) {
    throw new ImportError(`The file is not valid KML: ${(error as Error).message}`);
  }
  const error = xml.getElementsByTagName('parsererror')[0];
  if (error || !xml.documentElement || xml.documentElement.nodeName.toLowerCase() !== 'kml') {
    throw new ImportError('The file is not valid KML (no <kml> root element could be parsed).');
  }
  const result = eventsFromDocument(kml(xml), dataset, 'geojson');
  return { ...result, format: 'kml' };
}
