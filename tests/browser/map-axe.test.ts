// axe-core on <khorasan-map>: no accessibility violation inside the element, in the light and the dark
// theme, with an event selected (details card open), the Share dialog open and an import report shown.
// Rules are not disabled: a violation is fixed where it arises.
import axe from 'axe-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import type { KhorasanMap } from '../../src/components/khorasan-map/khorasan-map.ts';
import type { KmImport } from '../../src/components/km-import/km-import.ts';
import { clearDatasets } from '../../src/data/import/imported-store.ts';
import { mountMap, settle, shoot, until } from './map-helpers.ts';

const KABUL = '2021-08-26-kabul-airport-abbey-gate';
let el: KhorasanMap;

/** The violations axe finds inside the element (its shadow trees included), described for a failure message. */
async function violations(): Promise<string[]> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
  );
}

async function showImportReport(): Promise<void> {
  const panel = el.shadowRoot!.querySelector<KmImport>('km-import')!;
  const text = await commands.readFile('tests/fixtures/import/acled-small.csv');
  const input = panel.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], 'acled-small.csv', { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => Boolean(panel.shadowRoot!.querySelector('[part="report"]')), 'import report');
}

beforeAll(async () => {
  await clearDatasets();
  el = await mountMap({ width: 1100, height: 760 });
  await showImportReport();
  el.selected = KABUL;
  await until(
    () => Boolean(el.shadowRoot!.querySelector('km-details')?.shadowRoot?.querySelector('table')),
    'details',
  );
}, 120_000);

afterAll(async () => {
  el?.remove();
  await clearDatasets();
});

for (const theme of ['light', 'dark'] as const) {
  test(`no violations inside the element, ${theme} theme, event selected and import report shown`, async () => {
    el.setAttribute('theme', theme);
    await settle(el);
    await shoot(el, `axe-${theme}`);
    expect(await violations()).toEqual([]);
  });

  test(`no violations with the Share dialog open, ${theme} theme`, async () => {
    el.setAttribute('theme', theme);
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.km-share-button')!.click();
    await until(
      () => Boolean(el.shadowRoot!.querySelector('km-share')?.shadowRoot?.querySelector('dialog[open]')),
      'share dialog',
    );
    await shoot(el, `axe-share-${theme}`);
    const found = await violations();
    el.shadowRoot!.querySelector<HTMLElement & { close(): void }>('km-share')!.close();
    expect(found).toEqual([]);
  });
}
