// The event panels on their own: list keyboard path and sorting, details rendering and its safety rules,
// filters and timeline events.
import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/components/km-details/km-details.ts';
import '../../src/components/km-event-list/km-event-list.ts';
import '../../src/components/km-filters/km-filters.ts';
import '../../src/components/km-timeline/km-timeline.ts';
import type { KmDetails } from '../../src/components/km-details/km-details.ts';
import type { KmEventList } from '../../src/components/km-event-list/km-event-list.ts';
import type { KmFilters } from '../../src/components/km-filters/km-filters.ts';
import type { KmTimeline } from '../../src/components/km-timeline/km-timeline.ts';
import type { EventClassification } from '../../src/data/classification.ts';
import type { EventFeature } from '../../src/data/types.ts';
import { EVENT_COLORS } from '../../src/map/event-style.ts';
import classificationJson from '../fixtures/events-ui/classification.json';
import eventsJson from '../fixtures/events-ui/events.geojson?raw';

const events = (JSON.parse(eventsJson) as { features: EventFeature[] }).features;
const classifications = classificationJson.results as unknown as EventClassification[];
const KERMAN = '2024-01-03-kerman-soleimani-memorial';

function mount<T extends HTMLElement>(tag: string, setup: (el: T) => void, style = ''): T {
  const el = document.createElement(tag) as T;
  setup(el);
  if (style) el.setAttribute('style', style);
  document.body.append(el);
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
});

function waitFor<T extends Event>(target: EventTarget, type: string): Promise<T> {
  return new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as T), { once: true }));
}

describe('km-event-list', () => {
  async function makeList(list: readonly EventFeature[] = events) {
    const el = mount<KmEventList>('km-event-list', (l) => {
      l.events = list;
      l.classifications = classifications;
      l.activeBoundary = 'iskp-claim-core';
    });
    await el.updateComplete;
    return el;
  }
  const grid = (el: KmEventList) => el.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;
  const renderedIds = (el: KmEventList) =>
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"]')]
      .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
      .map((r) => r.dataset.id);

  test('keyboard: focus, ArrowDown, Enter selects the second event', async () => {
    const el = await makeList();
    const selected = waitFor<CustomEvent>(el, 'km-select');
    grid(el).focus();
    await el.updateComplete;
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    const active = grid(el).getAttribute('aria-activedescendant');
    expect(el.shadowRoot!.getElementById(active!)?.dataset.id).toBe(events[1].properties.id);
    await userEvent.keyboard('{Enter}');
    const e = await selected;
    expect(e.detail).toEqual({ id: events[1].properties.id });
    expect(e.bubbles && e.composed).toBe(true);
  });

  test('Home/End and clicking a row', async () => {
    const el = await makeList();
    grid(el).focus();
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    const last = events[events.length - 1].properties.id;
    expect(el.shadowRoot!.getElementById(grid(el).getAttribute('aria-activedescendant')!)?.dataset.id).toBe(
      last,
    );
    const selected = waitFor<CustomEvent>(el, 'km-select');
    el.shadowRoot!.querySelector<HTMLElement>(`[data-id="${KERMAN}"]`)!.click();
    expect((await selected).detail.id).toBe(KERMAN);
  });

  test('sorting by killed sets aria-sort and reorders rows', async () => {
    const el = await makeList();
    const header = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-sort="killed"]')!;
    header.click();
    await el.updateComplete;
    expect(header.parentElement!.getAttribute('aria-sort')).toBe('descending');
    expect(el.shadowRoot!.querySelectorAll('[aria-sort]')).toHaveLength(1);
    const byKilled = [...events].sort(
      (a, b) => (b.properties.killed?.max ?? -1) - (a.properties.killed?.max ?? -1),
    );
    expect(renderedIds(el)).toEqual(byKilled.map((e) => e.properties.id));
    header.click();
    await el.updateComplete;
    expect(header.parentElement!.getAttribute('aria-sort')).toBe('ascending');
    expect(renderedIds(el)[0]).toBe('2023-12-cologne-cathedral-plot'); // not reported sorts lowest
  });

  test('shows inside/outside for the active boundary and follows the selection', async () => {
    const el = await makeList();
    const kermanRow = () => el.shadowRoot!.querySelector<HTMLElement>(`[data-id="${KERMAN}"]`)!;
    expect(kermanRow().textContent).toContain('outside');
    expect(kermanRow().textContent).toContain('94–95');
    el.selected = KERMAN;
    await el.updateComplete;
    expect(kermanRow().getAttribute('aria-selected')).toBe('true');
  });

  test('a selection made before the events arrive is scrolled into view when they do', async () => {
    const el = mount<KmEventList>('km-event-list', (l) => {
      l.selected = KERMAN;
      l.style.setProperty('--km-event-list-height', '120px');
    });
    await el.updateComplete;
    el.events = events;
    el.classifications = classifications;
    await el.updateComplete;
    await el.updateComplete;
    const row = el.shadowRoot!.querySelector<HTMLElement>(`[data-id="${KERMAN}"]`);
    expect(row?.getAttribute('aria-selected')).toBe('true');
    // the grid scrolls; its sticky head covers the top of the scrolled rows
    const grid = el.shadowRoot!.querySelector<HTMLElement>('.grid')!.getBoundingClientRect();
    const head = el.shadowRoot!.querySelector<HTMLElement>('.head')!.getBoundingClientRect();
    const box = row!.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(head.bottom - 1);
    expect(box.bottom).toBeLessThanOrEqual(grid.bottom + 1);
  });

  test('virtualised: 200,000 rows render only a screenful and scroll the selection into view', async () => {
    const many: EventFeature[] = Array.from({ length: 200_000 }, (_, i) => {
      const base = events[i % events.length];
      const day = String(1 + (i % 28)).padStart(2, '0');
      return {
        ...base,
        properties: { ...base.properties, id: `e${i}`, date: `${2015 + Math.floor(i / 20_000)}-01-${day}` },
      };
    });
    const t0 = performance.now();
    const el = await makeList(many);
    const firstRender = performance.now() - t0;
    const rows = el.shadowRoot!.querySelectorAll('.body [role="row"]');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(grid(el).getAttribute('aria-rowcount')).toBe('200001');
    el.selected = 'e150000';
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-id="e150000"]')).not.toBeNull();
    const t1 = performance.now();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-sort="killed"]')!.click();
    await el.updateComplete;
    const sortMs = performance.now() - t1;
    console.log(
      `event list, 200k rows: first render ${firstRender.toFixed(0)} ms, sort by killed ${sortMs.toFixed(0)} ms`,
    );
  });
});

describe('km-details', () => {
  const kerman = events.find((e) => e.properties.id === KERMAN)!;
  const boundaries = classificationJson.boundaries;

  test('renders ranges, boundary rows and only http(s) links', async () => {
    const el = mount<KmDetails>('km-details', (d) => {
      d.event = kerman;
      d.classification = classifications.find((c) => c.id === KERMAN)!;
      d.boundaries = boundaries;
      d.activeBoundary = 'iskp-claim-core';
    });
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).toBe('Kerman');
    expect(root.querySelector('.killed')!.textContent).toContain('94–95');
    expect(root.querySelector('.injured')!.textContent).toContain('280–284');
    expect(root.textContent).toContain('3 January 2024');
    const core = root.querySelector('tr[data-boundary="iskp-claim-core"]')!;
    expect(core.textContent).toContain('outside');
    expect(core.textContent).toContain('381 km');
    const links = [...root.querySelectorAll('a')];
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('https://example.org/kerman');
    expect(links[0].target).toBe('_blank');
    expect(links[0].rel).toBe('noopener noreferrer');
    // The javascript: source is listed as text, not as a link.
    expect(root.querySelector('ul.sources')!.textContent).toContain('javascript:alert(1)');
    // Kerman's fixture marks only `killed` as uncertain: one flag, on the killed row.
    expect([...root.querySelectorAll('.uncertain')].map((f) => f.parentElement!.className)).toEqual([
      'killed',
    ]);
    await page.screenshot({ path: '../output/events-details.png', element: el });
  });

  test('uncertain fields are flagged on their row or listed', async () => {
    const el = mount<KmDetails>('km-details', (d) => {
      d.event = {
        ...kerman,
        properties: {
          ...kerman.properties,
          uncertainFields: ['coordinates', 'country', 'date', 'perpetrators'],
        },
      };
    });
    await el.updateComplete;
    const flags = [...el.shadowRoot!.querySelectorAll('.uncertain')].map((f) => f.textContent);
    expect(flags).toEqual(['uncertain', 'uncertain: country, exact location']);
    expect(el.shadowRoot!.textContent).toContain('Also uncertain: perpetrators');
  });

  test('markup in imported text stays text', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const hostile: EventFeature = {
      ...kerman,
      properties: {
        ...kerman.properties,
        place: payload,
        summary: payload,
        killed: null,
        sources: [{ publication: payload, title: 't', date: '2024', url: 'data:text/html,<b>x</b>' }],
      },
    };
    const el = mount<KmDetails>('km-details', (d) => {
      d.event = hostile;
    });
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('a')).toBeNull();
    expect(root.querySelector('h2')!.textContent).toBe(payload);
    expect(root.querySelector('.summary')!.textContent).toBe(payload);
    expect(root.querySelector('.killed')!.textContent).toContain('not reported');
  });
});

describe('attribution codes (second edition)', () => {
  const kerman = events.find((e) => e.properties.id === KERMAN)!;
  const claimedIs: EventFeature = {
    ...kerman,
    properties: {
      ...kerman.properties,
      attribution: 'claimed-is',
      claimedAs: {
        name: 'Islamic State central media, no province named',
        source: 'https://example.org/kerman',
      },
    },
  };

  test("details show the code's label and the name claimed under", async () => {
    const el = mount<KmDetails>('km-details', (d) => {
      d.event = claimedIs;
    });
    await el.updateComplete;
    const text = el.shadowRoot!.textContent!;
    expect(text).toContain('Claimed by IS (no or other province)');
    expect(el.shadowRoot!.querySelector('.claimed-as')!.textContent).toBe(
      'Claimed as: Islamic State central media, no province named',
    );
    await page.screenshot({ path: '../output/events-details-claimed-is.png', element: el });
  });

  test('filters offer claimed-is when events have it, each code with its meaning', async () => {
    const el = mount<KmFilters>('km-filters', (f) => {
      f.events = [...events, claimedIs];
    });
    await el.updateComplete;
    const values = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="attributions"]')].map(
      (i) => i.value,
    );
    expect(values).toContain('claimed-is');
    expect(values).toContain('claimed');
    // each code is explained where it is chosen (the label's title)
    const meanings = Object.fromEntries(
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="attributions"]')].map((i) => [
        i.value,
        i.closest('label')!.title,
      ]),
    );
    expect(meanings.claimed).toMatch(/Khorasan Province/);
    expect(meanings['claimed-is']).toMatch(/without naming a province/);
  });
});

describe('km-filters', () => {
  test('unticking a type emits the remaining types; "all" clears', async () => {
    const el = mount<KmFilters>('km-filters', (f) => {
      f.events = events;
    });
    await el.updateComplete;
    const changed = waitFor<CustomEvent>(el, 'km-filters-change');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="eventTypes"][value="plot"]')!.click();
    expect((await changed).detail).toEqual({ eventTypes: ['attack', 'arrest'] });
    await el.updateComplete;
    const cleared = waitFor<CustomEvent>(el, 'km-filters-change');
    el.shadowRoot!.querySelector<HTMLButtonElement>('fieldset[data-group="eventTypes"] button.all')!.click();
    expect((await cleared).detail).toEqual({ eventTypes: [] });
  });

  test('countries come from the events; inside/outside radio', async () => {
    const el = mount<KmFilters>('km-filters', (f) => {
      f.events = events;
      f.countryNames = { IRN: 'Iran' };
    });
    await el.updateComplete;
    const countries = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="countries"]')].map(
      (i) => i.value,
    );
    expect(new Set(countries)).toEqual(new Set(events.map((e) => e.properties.country)));
    expect(el.shadowRoot!.textContent).toContain('Iran');
    const changed = waitFor<CustomEvent>(el, 'km-filters-change');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="inside"][value="outside"]')!.click();
    expect((await changed).detail).toEqual({ inside: 'outside' });
  });

  test('the inside/outside swatches use the marker colours, or the theme properties when set', async () => {
    const el = mount<KmFilters>('km-filters', (f) => {
      f.events = events;
    });
    await el.updateComplete;
    const swatch = (kind: string) => el.shadowRoot!.querySelector(`.swatch.${kind}`)!;
    const rgb = (hex: string) => {
      const n = Number.parseInt(hex.slice(1), 16);
      return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
    };
    el.style.colorScheme = 'light';
    expect(getComputedStyle(swatch('inside')).backgroundColor).toBe(rgb(EVENT_COLORS.light.inside));
    expect(getComputedStyle(swatch('outside')).borderTopColor).toBe(rgb(EVENT_COLORS.light.outside));
    el.style.colorScheme = 'dark';
    expect(getComputedStyle(swatch('inside')).backgroundColor).toBe(rgb(EVENT_COLORS.dark.inside));
    el.style.setProperty('--km-inside-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(swatch('inside')).backgroundColor).toBe('rgb(1, 2, 3)');
  });
});

describe('km-timeline', () => {
  test('slider and moving window emit km-filters-change', async () => {
    const el = mount<KmTimeline>(
      'km-timeline',
      (t) => {
        t.events = events;
      },
      'width: 700px',
    );
    await el.updateComplete;
    const root = el.shadowRoot!;
    const length = root.querySelector<HTMLSelectElement>('select[name="window-months"]')!;
    const windowSel = root.querySelector<HTMLSelectElement>('select[name="window"]')!;
    windowSel.value = 'moving';
    const moving = waitFor<CustomEvent>(el, 'km-filters-change');
    windowSel.dispatchEvent(new Event('change'));
    expect((await moving).detail).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    await el.updateComplete;
    expect(length.disabled).toBe(false);
    const slider = root.querySelector<HTMLInputElement>('input[type="range"]')!;
    slider.focus();
    const step = waitFor<CustomEvent>(el, 'km-filters-change');
    await userEvent.keyboard('{ArrowLeft}');
    expect((await step).detail).toEqual({ from: '2023-12-01', to: '2024-11-30' });
    await page.screenshot({ path: '../output/events-timeline.png', element: el });
  });

  test('year ticks sit at 1 January, the fill shows the window, and the start has its own handle', async () => {
    const el = mount<KmTimeline>(
      'km-timeline',
      (t) => {
        t.events = events;
        t.from = '2020-01-01';
        t.to = '2022-06-30';
      },
      'width: 700px',
    );
    await el.updateComplete;
    const root = el.shadowRoot!;
    const rail = root.querySelector('.rail')!.getBoundingClientRect();
    // month index m of the 120 months stands at m / 119 of the rail; 1 January half a month before January
    const xOfMonth = (m: number) => rail.left + ((m - 0.5) / 119) * rail.width;
    const tick = [...root.querySelectorAll<HTMLElement>('.axis span')].find((s) => s.textContent === '2021')!;
    expect(Math.abs(tick.getBoundingClientRect().left - xOfMonth(72))).toBeLessThan(1.5);
    const fill = root.querySelector('.fill')!.getBoundingClientRect();
    expect(Math.abs(fill.left - xOfMonth(60))).toBeLessThan(1.5); // January 2020
    expect(Math.abs(fill.right - xOfMonth(90))).toBeLessThan(1.5); // after June 2022
    const start = root.querySelector<HTMLInputElement>('input[part="start-slider"]')!;
    expect(start.value).toBe('60');
    start.focus();
    const later = waitFor<CustomEvent>(el, 'km-filters-change');
    await userEvent.keyboard('{ArrowRight}');
    expect((await later).detail).toEqual({ from: '2020-02-01', to: '2022-06-30' });
    await page.screenshot({ path: '../output/events-timeline-window.png', element: el });
  });

  test('play steps a month at a time and stops at the end', async () => {
    const el = mount<KmTimeline>('km-timeline', (t) => {
      t.stepMs = 5;
      t.from = '2015-01-01';
      t.to = '2024-09-30';
    });
    await el.updateComplete;
    const seen: string[] = [];
    el.addEventListener('km-filters-change', (e) => seen.push((e as CustomEvent).detail.to));
    const stopped = new Promise<void>((resolve) =>
      el.addEventListener('km-play-change', (e) => !(e as CustomEvent).detail.playing && resolve()),
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.play')!.click();
    await stopped;
    expect(seen).toEqual(['2024-10-31', '2024-11-30', '2024-12-31']);
    expect(el.playing).toBe(false);
  });
});
