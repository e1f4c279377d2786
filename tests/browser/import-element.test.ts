// Bring your own data, through the real UI of <khorasan-map>: the file input, the column dialog, the
// import report, show/hide/remove, the export buttons, hostile text, a broken file, a custom boundary and a
// re-mount that restores everything from IndexedDB.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import type { KhorasanMap } from '../../src/components/khorasan-map/khorasan-map.ts';
import type { KmDetails } from '../../src/components/km-details/km-details.ts';
import type { KmExport } from '../../src/components/km-export/km-export.ts';
import type { KmImport } from '../../src/components/km-import/km-import.ts';
import type { KmLayerPanel } from '../../src/components/km-layer-panel/km-layer-panel.ts';
import { clearDatasets, loadDatasets } from '../../src/data/import/imported-store.ts';
import { EVENT_LAYERS, PROP } from '../../src/map/event-style.ts';
import { mountMap, settle, shoot, until } from './map-helpers.ts';

declare global {
  interface Window {
    __xss?: number;
  }
}

let el: KhorasanMap;

const importPanel = () => el.shadowRoot!.querySelector<KmImport>('km-import')!;
const exportPanel = () => el.shadowRoot!.querySelector<KmExport>('km-export')!;
const inImport = <T extends Element>(selector: string) =>
  importPanel().shadowRoot!.querySelector<T>(selector);
const eventIds = () => new Set(el.events.map((e) => e.properties.id));
const isHerat = (e: { geometry: { coordinates: number[] } }) =>
  e.geometry.coordinates[0] === 62.2 && e.geometry.coordinates[1] === 34.35;
const resultOf = (id: string) => el.classifications?.find((c) => c.id === id)?.results;

async function fixture(name: string): Promise<File> {
  const text = await commands.readFile(`tests/fixtures/import/${name}`);
  return new File([text], name, { type: name.endsWith('.csv') ? 'text/csv' : 'application/json' });
}

/** Puts a file into the panel's file input, as a user choosing it would. */
async function chooseFile(name: string): Promise<void> {
  const input = inImport<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(await fixture(name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The text the next export button click would save (the download itself is prevented). */
function nextDownload(): Promise<{ fileName: string; mimeType: string; text: string | Blob }> {
  return new Promise((resolve) =>
    el.addEventListener(
      'khorasan-download',
      (e) => {
        e.preventDefault();
        resolve((e as CustomEvent).detail);
      },
      { once: true },
    ),
  );
}

/** Element screenshots scroll the panel into view, also inside overflow: hidden boxes: undo that. */
function resetScroll(): void {
  window.scrollTo(0, 0);
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*'))
    if (node.scrollTop) node.scrollTop = 0;
}

/** Minimal RFC 4180 reader for the exported CSV. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

beforeAll(async () => {
  await clearDatasets();
  window.__xss = undefined;
  window.alert = () => {
    window.__xss = 99;
  };
  el = await mountMap({ width: 1020, height: 760 });
  // the built-in data starts with precomputed inside/outside only: the first import computes the distances
  expect(el.classifications).toBeNull();
  await el.updateComplete;
}, 90_000);

afterAll(async () => {
  el?.remove();
  await clearDatasets();
});

test('an ACLED CSV chosen in the file input is imported, classified, listed, reported and exported', async () => {
  const before = el.events.length;
  await chooseFile('acled-small.csv');
  await until(() => eventIds().has('AFG70001') && resultOf('AFG70001') !== undefined, 'imported events');
  await el.updateComplete;
  expect(el.events.length).toBe(before + 4);

  // Known places, by hand: Kandahar and Khar (Bajaur, Pakistan) lie in the claimed core (Afghanistan and
  // Pakistan); Kerman lies in Iran, outside the core but inside the maximal reading (all of Iran);
  // Krasnogorsk (Moscow Oblast) is outside every boundary.
  expect(resultOf('AFG70001')!['iskp-claim-core'].inside).toBe(true);
  expect(resultOf('PAK3003')!['iskp-claim-core'].inside).toBe(true);
  expect(resultOf('IRN1001')!['iskp-claim-core'].inside).toBe(false);
  expect(resultOf('IRN1001')!['iskp-claim-max'].inside).toBe(true);
  for (const b of el.boundaryFeatures) expect(resultOf('RUS2002')![b.properties.id].inside).toBe(false);
  expect(resultOf('IRN1001')!['iskp-claim-core'].distanceKm).toBeGreaterThan(100);

  // The report lists the two bad rows with their line numbers and reasons.
  await importPanel().updateComplete;
  const rows = [...importPanel().shadowRoot!.querySelectorAll('table.rejected tbody tr')].map((r) =>
    [...r.querySelectorAll('td')].map((td) => td.textContent?.trim()),
  );
  expect(rows).toEqual([
    ['5', expect.stringContaining('missing latitude')],
    ['6', expect.stringContaining('latitude 95.5')],
  ]);
  const report = nextDownload();
  inImport<HTMLButtonElement>('.download-report')!.click();
  const reportCsv = readCsv((await report).text as string);
  expect(reportCsv[0]).toEqual(['file', 'line', 'reason']);
  expect(reportCsv.slice(1, 3).map((r) => r[1])).toEqual(['5', '6']);

  // The imported events are in the event list and have a legend entry.
  const list = el.shadowRoot!.querySelector('[part~="event-list"]') as unknown as {
    events: { properties: { id: string } }[];
  };
  expect(list.events.some((e) => e.properties.id === 'IRN1001')).toBe(true);
  const legend = el.shadowRoot!.querySelector('km-legend')!;
  await (legend as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  expect(legend.shadowRoot!.textContent).toContain('Imported: acled-small.csv (4)');

  // Export: the filtered events as CSV with inside_/distance_km_ columns for every boundary.
  const download = nextDownload();
  exportPanel().shadowRoot!.querySelector<HTMLButtonElement>('[data-export="events-csv"]')!.click();
  const { text, fileName } = await download;
  expect(fileName).toMatch(/\.csv$/);
  const [header, ...data] = readCsv(text as string);
  for (const b of el.boundaryFeatures) {
    expect(header).toContain(`inside_${b.properties.id}`);
    expect(header).toContain(`distance_km_${b.properties.id}`);
  }
  const col = (name: string) => header.indexOf(name);
  const row = (id: string) => data.find((r) => r[col('event_id_cnty')] === id)!;
  expect(row('AFG70001')[col('inside_iskp-claim-core')]).toBe('true');
  expect(row('IRN1001')[col('inside_iskp-claim-core')]).toBe('false');
  expect(row('IRN1001')[col('inside_iskp-claim-max')]).toBe('true');
  expect(row('RUS2002')[col('inside_iskp-claim-max')]).toBe('false');
  // the formula in the source column is escaped
  expect(row('RUS2002')[col('source')]).toBe(`'=HYPERLINK("http://evil.example")`);
  // on the map: an imported marker, with the imported outline, at Kandahar
  el.map!.jumpTo({ center: [65.7101, 31.6133], zoom: 7 });
  await settle(el);
  const p = el.map!.project([65.7101, 31.6133]);
  const hits = el.map!.queryRenderedFeatures(
    [
      [p.x - 6, p.y - 6],
      [p.x + 6, p.y + 6],
    ],
    { layers: [EVENT_LAYERS.circles] },
  );
  expect(hits.some((f) => f.properties?.[PROP.imported] === 1)).toBe(true);
  await shoot(el, 'import-acled-kandahar');
  el.map!.jumpTo({ center: [58, 37], zoom: 3 });
  await settle(el);
  await shoot(el, 'import-acled');
  await shoot(importPanel(), 'import-acled-report');
  resetScroll();
});

test('hostile text in a CSV is shown as text, never run, and a javascript: source is no link', async () => {
  await chooseFile('xss.csv');
  await until(() => eventIds().has('XSS1') && resultOf('XSS1') !== undefined, 'XSS events');
  el.selected = 'XSS1';
  await until(() => el.shadowRoot!.querySelector('[part~="details"]') !== null, 'details panel');
  await customElements.whenDefined('km-details');
  const details = el.shadowRoot!.querySelector<KmDetails>('[part~="details"]')!;
  await details.updateComplete;
  await new Promise((r) => setTimeout(r, 300));
  const root = details.shadowRoot!;
  expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  expect(root.textContent).toContain('<script>window.__xss=2</script>');
  expect(root.querySelector('img, script')).toBeNull();
  expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).not.toContain(
    'javascript:alert(1)',
  );
  expect(root.querySelector('a[href^="javascript"]')).toBeNull();
  // the list shows the place as text too
  const list = el.shadowRoot!.querySelector('[part~="event-list"]')!;
  await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  expect(list.shadowRoot!.querySelector('img, script')).toBeNull();
  expect(list.shadowRoot!.textContent).toContain('<img src=x onerror=alert(1)>');
  expect(window.__xss).toBeUndefined();
  await shoot(el, 'import-xss');
  el.selected = null;
});

test('a malformed file shows a readable error and leaves the map as it was', async () => {
  await el.updateComplete;
  const before = el.events.map((e) => e.properties.id);
  const boundaries = el.boundaryFeatures.length;
  const errors: string[] = [];
  const onError = (e: Event) => errors.push((e as CustomEvent<{ message: string }>).detail.message);
  el.addEventListener('khorasan-error', onError);
  await chooseFile('malformed.geojson');
  await until(() => Boolean(inImport('.error')), 'error message');
  el.removeEventListener('khorasan-error', onError);
  const message = inImport('.error')!.textContent ?? '';
  expect(message).toContain('malformed.geojson');
  expect(message).toMatch(/not valid JSON/);
  expect(message).toContain('Nothing on the map was changed');
  expect(errors.some((m) => m.includes('malformed.geojson'))).toBe(true);
  expect(el.events.map((e) => e.properties.id)).toEqual(before);
  expect(el.boundaryFeatures.length).toBe(boundaries);
  expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).toContain('malformed.geojson');
  await shoot(el, 'import-malformed');
});

test('a custom boundary joins the layer panel and the classification; a crossing ring is rejected with its place', async () => {
  await chooseFile('custom-boundary.geojson');
  const id = 'custom-test-box-southern-afghanistan';
  await until(() => el.boundaryFeatures.some((b) => b.properties.id === id), 'custom boundary');
  await until(() => resultOf('AFG70001')?.[id] !== undefined, 'classification against the custom boundary');
  // Kandahar (65.71 E, 31.61 N) is in the 64–67 E, 30–33 N box; Kerman and Khar are not.
  expect(resultOf('AFG70001')![id].inside).toBe(true);
  expect(resultOf('IRN1001')![id].inside).toBe(false);
  expect(resultOf('PAK3003')![id].inside).toBe(false);
  // built-in events are classified against it too (Kerman bombing of the built-in set)
  expect(resultOf('2024-01-03-kerman-soleimani-memorial')![id].inside).toBe(false);
  expect(el.boundaries).toContain(id);

  await el.updateComplete;
  const panel = el.shadowRoot!.querySelector<KmLayerPanel>('km-layer-panel')!;
  await panel.updateComplete;
  const item = panel.shadowRoot!.querySelector(`[data-id="${id}"]`);
  expect(item?.textContent).toContain('Test box: southern Afghanistan');
  // the compare pickers offer it
  const options = [...el.shadowRoot!.querySelectorAll('select[aria-label="Boundary A"] option')].map(
    (o) => (o as HTMLOptionElement).value,
  );
  expect(options).toContain(id);

  // and the comparison: iskp-claim-core against the box, which lies wholly in Afghanistan and Pakistan
  const stats = () =>
    el.shadowRoot!.querySelector('km-stats') as unknown as {
      comparison: { intersectionKm2: number; areaKm2: { b: number } } | null;
      pending: boolean;
    };
  const previous = stats().comparison;
  el.compare = ['iskp-claim-core', id];
  await until(
    () => !stats().pending && stats().comparison !== null && stats().comparison !== previous,
    'comparison with the custom boundary',
  );
  const comparison = stats().comparison!;
  // the box is 3° × 3° around 31.5 N: about 93,000 km²
  expect(comparison.areaKm2.b).toBeGreaterThan(85_000);
  expect(comparison.areaKm2.b).toBeLessThan(100_000);
  // so A ∩ B is all of B
  expect(Math.abs(comparison.intersectionKm2 - comparison.areaKm2.b) / comparison.areaKm2.b).toBeLessThan(
    0.005,
  );
  el.compare = ['khorasan-historical', 'iskp-claim-core'];

  await importPanel().updateComplete;
  const reportText = inImport('[part="report"]')!.textContent ?? '';
  expect(reportText).toMatch(/ring was not closed/);
  const rejected = inImport('table.rejected tbody tr')!.textContent ?? '';
  expect(rejected).toMatch(/Bow tie.*cross/s);

  // the exported boundaries carry their provenance
  const download = nextDownload();
  exportPanel().shadowRoot!.querySelector<HTMLButtonElement>('[data-export="boundaries"]')!.click();
  const fc = JSON.parse((await download).text as string);
  const custom = fc.features.find((f: { properties: { id: string } }) => f.properties.id === id);
  expect(custom.properties.derivation).toContain('custom-boundary.geojson');
  expect(
    fc.features.find((f: { properties: { id: string } }) => f.properties.id === 'iskp-claim-core').properties
      .sources.length,
  ).toBeGreaterThan(0);
  el.map!.fitBounds(
    [
      [55, 26],
      [75, 38],
    ],
    { duration: 0 },
  );
  await settle(el);
  await shoot(el, 'import-boundary');
});

test('a CSV whose columns are unsure opens the column dialog with a preview', async () => {
  await chooseFile('xy-unsure.csv');
  await until(() => Boolean(inImport<HTMLDialogElement>('dialog')?.open), 'column dialog');
  const dialog = inImport<HTMLDialogElement>('dialog')!;
  expect(dialog.querySelector('table')!.textContent).toContain('Herat test');
  expect((dialog.querySelector('select[name="lat"]') as HTMLSelectElement).value).toBe('y');
  expect((dialog.querySelector('select[name="lon"]') as HTMLSelectElement).value).toBe('x');
  (dialog.querySelector('select[name="date"]') as HTMLSelectElement).value = 'when';
  await shoot(el, 'import-mapping');
  dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await until(() => el.events.some(isHerat), 'mapped events');
  const herat = el.events.find(isHerat)!;
  expect(herat.properties.dataset).toBe('xy-unsure.csv');
  expect(herat.properties.date).toBe('2024-04-01');
  expect(herat.properties.original?.label).toBe('Herat test');
});

test('an imported dataset can be hidden, shown and removed', async () => {
  await importPanel().updateComplete;
  const box = () =>
    inImport<HTMLInputElement>('li.dataset[data-name="xy-unsure.csv"] input[type="checkbox"]')!;
  box().click();
  await until(() => !el.events.some((e) => isHerat(e)), 'hidden');
  box().click();
  await until(() => el.events.some((e) => isHerat(e)), 'shown again');
  expect(resultOf(el.events.find((e) => isHerat(e))!.properties.id)).toBeDefined();
  inImport<HTMLButtonElement>('li.dataset[data-name="xy-unsure.csv"] button.remove')!.click();
  await until(() => !el.events.some((e) => isHerat(e)), 'removed');
  await until(() => !inImport('li.dataset[data-name="xy-unsure.csv"]'), 'removed from the list');
});

test('a KML file dropped on the map is imported; its legend entry removes it', async () => {
  const before = el.events.length;
  const transfer = new DataTransfer();
  transfer.items.add(await fixture('places.kml'));
  const target = el.shadowRoot!.querySelector('.map-main')!;
  target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, composed: true }));
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('[part="drop-zone"]')).not.toBeNull();
  target.dispatchEvent(
    new DragEvent('drop', { dataTransfer: transfer, bubbles: true, composed: true, cancelable: true }),
  );
  await until(() => eventIds().has('KML1') && resultOf('KML1') !== undefined, 'KML events');
  expect(el.shadowRoot!.querySelector('[part="drop-zone"]')).toBeNull();
  expect(el.events.length).toBe(before + 2);
  // Jalalabad in the claimed core, Tehran outside it
  expect(resultOf('KML1')!['iskp-claim-core'].inside).toBe(true);
  expect(resultOf('KML2')!['iskp-claim-core'].inside).toBe(false);
  const legend = el.shadowRoot!.querySelector('km-legend')!;
  await (legend as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  legend.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Remove places.kml"]')!.click();
  await until(() => !eventIds().has('KML1'), 'KML events removed');
  expect(el.events.length).toBe(before);
});

test('a URL in the URL field is fetched and imported', async () => {
  const form = inImport<HTMLFormElement>('form.url')!;
  form.querySelector('input')!.value = '/tests/fixtures/import/places.kml';
  form.requestSubmit();
  await until(() => eventIds().has('KML2') || Boolean(inImport('.error')), 'events from the URL');
  expect(inImport('.error')?.textContent ?? '').toBe('');
  await until(() => Boolean(inImport('li.dataset[data-name="places.kml"]')), 'dataset listed');
  inImport<HTMLButtonElement>('li.dataset[data-name="places.kml"] button.remove')!.click();
  await until(() => !eventIds().has('KML2'), 'removed');
});

test('a large import can be cancelled and changes nothing', async () => {
  const before = el.events.length;
  const rows = ['id,date,latitude,longitude'];
  for (let i = 0; i < 150_000; i++) rows.push(`C${i},2020-01-01,${30 + (i % 10)},${60 + (i % 10)}`);
  const input = inImport<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([rows.join('\n')], 'large.csv', { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => Boolean(inImport('[part="progress"] button.cancel')), 'progress bar');
  await importPanel().updateComplete;
  await shoot(importPanel(), 'import-progress');
  resetScroll();
  inImport<HTMLButtonElement>('[part="progress"] button.cancel')!.click();
  await until(() => /cancelled/.test(inImport('.error')?.textContent ?? ''), 'cancelled message');
  expect(inImport('[part="progress"]')).toBeNull();
  await new Promise((r) => setTimeout(r, 500));
  expect(el.events.length).toBe(before);
  expect(eventIds().has('C0')).toBe(false);
  expect(inImport('li.dataset[data-name="large.csv"]')).toBeNull();
});

test('the map exports as a PNG with the legend and attribution drawn in', async () => {
  const blob = await exportPanel().pngBlob();
  expect(blob.type).toBe('image/png');
  const bitmap = await createImageBitmap(blob);
  // for print: twice the map's CSS size (tests/browser/map-png-export.test.ts)
  const container = el.map!.getContainer();
  expect(bitmap.width).toBe(container.clientWidth * 2);
  expect(bitmap.height).toBe(container.clientHeight * 2);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  await commands.writeFile('tests/output/import-export-map.png', btoa(binary), 'base64');
  // the map itself is in the image (not a blank buffer): many distinct colours
  const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const { data } = ctx.getImageData(0, 0, bitmap.width, Math.floor(bitmap.height / 2));
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += 64) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
  expect(colours.size).toBeGreaterThan(20);
});

test('a hidden dataset stays hidden after a re-mount; the restore shows its progress', async () => {
  await until(() => resultOf('XSS1') !== undefined, 'xss.csv classified');
  const before = resultOf('XSS1');
  await importPanel().updateComplete;
  const box = () => inImport<HTMLInputElement>('li.dataset[data-name="xss.csv"] input[type="checkbox"]')!;
  box().click();
  await until(() => !eventIds().has('XSS1'), 'hidden');
  const storedHidden = async () => {
    const stored = (await loadDatasets()).find((d) => d.name === 'xss.csv');
    return stored?.kind === 'events' && stored.hidden === true;
  };
  for (let i = 0; i < 100 && !(await storedHidden()); i++) await new Promise((r) => setTimeout(r, 50));
  expect(await storedHidden()).toBe(true);

  // re-mount, watching the new element's import panel for the restore progress
  const mounting = mountMap({ width: 1020, height: 760 });
  const next = document.querySelector('khorasan-map') as KhorasanMap;
  const seen: { text: string; cancel: boolean }[] = [];
  const record = (root: ShadowRoot) => {
    const progress = root.querySelector('[part="progress"]');
    if (progress)
      seen.push({ text: progress.textContent ?? '', cancel: Boolean(progress.querySelector('.cancel')) });
  };
  let panelRoot: ShadowRoot | null | undefined;
  await until(() => {
    panelRoot = next.shadowRoot?.querySelector<KmImport>('km-import')?.shadowRoot;
    return Boolean(panelRoot);
  }, 'the import panel of the new element');
  const observer = new MutationObserver(() => record(panelRoot!));
  observer.observe(panelRoot!, { childList: true, subtree: true, characterData: true });
  record(panelRoot!);
  el = await mounting;
  observer.disconnect();
  await until(() => el.classifications !== null, 'classification after re-mount', 60_000);
  const restoring = seen.filter((s) => /Restoring\s+imported data…/.test(s.text));
  expect(restoring.length).toBeGreaterThan(0);
  expect(restoring.every((s) => /\d+ %/.test(s.text) && !s.cancel)).toBe(true);
  await el.updateComplete;
  await importPanel().updateComplete;
  expect(inImport('[part="progress"]')).toBeNull();

  // still hidden, and listed as hidden
  expect(eventIds().has('XSS1')).toBe(false);
  expect(eventIds().has('AFG70001')).toBe(true);
  expect(box().checked).toBe(false);
  // shown again: its classification from the restore is there, equal to the one before
  box().click();
  await until(() => eventIds().has('XSS1'), 'shown again');
  expect(resultOf('XSS1')).toEqual(before);
  for (let i = 0; i < 100 && (await storedHidden()); i++) await new Promise((r) => setTimeout(r, 50));
  expect(await storedHidden()).toBe(false);
}, 120_000);

test('after a re-mount the imported events and boundary are restored from IndexedDB', async () => {
  // the worker writes each dataset to IndexedDB after handing it over
  let stored: string[] = [];
  for (let i = 0; i < 100 && stored.length !== 3; i++) {
    stored = (await loadDatasets()).map((d) => d.name);
    if (stored.length !== 3) await new Promise((r) => setTimeout(r, 100));
  }
  expect(stored.sort()).toEqual(['acled-small.csv', 'custom-boundary.geojson', 'xss.csv']);
  const id = 'custom-test-box-southern-afghanistan';
  el.remove();
  el = await mountMap({ width: 1020, height: 760 });
  await until(() => el.classifications !== null, 'classification after re-mount', 60_000);
  expect(eventIds().has('AFG70001')).toBe(true);
  expect(eventIds().has('XSS1')).toBe(true);
  expect(eventIds().has('BAD1')).toBe(false);
  expect(el.events.some((e) => isHerat(e))).toBe(false);
  expect(el.boundaryFeatures.some((b) => b.properties.id === id)).toBe(true);
  expect(resultOf('AFG70001')![id].inside).toBe(true);
  expect(resultOf('IRN1001')!['iskp-claim-core'].inside).toBe(false);
  await el.updateComplete;
  await importPanel().updateComplete;
  expect(
    [...importPanel().shadowRoot!.querySelectorAll('li.dataset')].map((li) => li.getAttribute('data-name')),
  ).toEqual(['acled-small.csv', 'xss.csv', 'custom-boundary.geojson']);
  // clear imported data: back to the built-in set
  inImport<HTMLButtonElement>('button.clear')!.click();
  await until(() => !eventIds().has('AFG70001'), 'cleared');
  expect(el.boundaryFeatures.some((b) => b.properties.id === id)).toBe(false);
  await settle(el);
  await shoot(el, 'import-restored-cleared');
}, 120_000);
