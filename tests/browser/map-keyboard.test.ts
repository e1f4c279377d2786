// Keyboard paths of the element's own controls: the compare-mode radio group, the panel drawer on a narrow
// element, and Escape on the details panel.
import { afterAll, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  colorDistance,
  inShadow,
  meanColor,
  mountMap,
  settle,
  shoot,
  until,
  waitForEvent,
} from './map-helpers.ts';

afterAll(() => {
  for (const el of document.querySelectorAll('khorasan-map')) el.remove();
});

test('arrow keys move through the compare modes', async () => {
  const el = await mountMap();
  const overlay = inShadow<HTMLButtonElement>(el, '.modes [data-mode="overlay"]');
  overlay.focus();
  await userEvent.keyboard('{ArrowRight}');
  await el.updateComplete;
  expect(el.mode).toBe('swipe');
  expect(el.shadowRoot!.activeElement?.getAttribute('data-mode')).toBe('swipe');
  await userEvent.keyboard('{ArrowRight}');
  await el.updateComplete;
  expect(el.mode).toBe('difference');
  await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
  await el.updateComplete;
  expect(el.mode).toBe('overlay');
  // only the checked radio is in the tab order
  const tabbable = [...el.shadowRoot!.querySelectorAll('.modes [role="radio"]')].filter(
    (b) => b.getAttribute('tabindex') === '0',
  );
  expect(tabbable.map((b) => b.getAttribute('data-mode'))).toEqual(['overlay']);
});

test('on a narrow element the panels are a drawer that opens, takes focus and closes with Escape', async () => {
  const el = await mountMap({ width: 420, height: 700 });
  const sidebar = inShadow<HTMLElement>(el, '.sidebar');
  const toggle = inShadow<HTMLButtonElement>(el, '.drawer-toggle');
  expect(getComputedStyle(toggle).display).not.toBe('none');
  expect(getComputedStyle(sidebar).visibility).toBe('hidden');
  toggle.focus();
  await userEvent.keyboard('{Enter}');
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 300));
  expect(getComputedStyle(sidebar).visibility).toBe('visible');
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  expect(el.shadowRoot!.activeElement?.classList.contains('drawer-close')).toBe(true);
  await userEvent.keyboard('{Escape}');
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 300));
  expect(getComputedStyle(sidebar).visibility).toBe('hidden');
  expect(el.shadowRoot!.activeElement).toBe(toggle);
});

test('Escape closes the details panel', async () => {
  const el = await mountMap();
  const id = el.events[0].properties.id;
  const selected = waitForEvent(el, 'khorasan-select');
  el.selected = id;
  await selected;
  await settle(el);
  const details = inShadow<HTMLElement>(el, '[part="details"]');
  const deselected = waitForEvent<{ id: string | null }>(el, 'khorasan-select');
  details.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.focus();
  await userEvent.keyboard('{Escape}');
  expect((await deselected).detail.id).toBeNull();
  expect(el.hasAttribute('selected')).toBe(false);
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('[part="details"]')).toBeNull();
});

test('skip links go to the map and to the event list; the map shows its focus ring', async () => {
  const el = await mountMap({ width: 1000, height: 700 });
  const canvas = el.map!.getCanvas();
  document.body.focus();
  await userEvent.tab();
  expect(el.shadowRoot!.activeElement?.classList.contains('skip-to-map')).toBe(true);
  await userEvent.keyboard('{Enter}');
  expect(el.shadowRoot!.activeElement).toBe(canvas);
  await settle(el);
  // the ring is drawn inside the canvas, so the map's box does not clip it: the edge pixels are the focus colour
  const { pixels } = await shoot(inShadow(el, '.map-area'), 'keyboard-map-focus');
  const edge = meanColor(pixels, 1, pixels.height / 2, 0);
  expect(colorDistance(edge, [0x1a, 0x73, 0xe8])).toBeLessThan(60);

  // the second skip link follows the first
  inShadow<HTMLButtonElement>(el, '.skip-to-map').focus();
  await userEvent.tab();
  expect(el.shadowRoot!.activeElement?.classList.contains('skip-to-list')).toBe(true);
  await userEvent.keyboard('{Enter}');
  await el.updateComplete;
  const list = el.shadowRoot!.querySelector('km-event-list')!;
  expect(el.shadowRoot!.activeElement).toBe(list);
  expect(list.shadowRoot!.activeElement?.getAttribute('role')).toBe('grid');
});

test('on a narrow element the skip link to the list opens the drawer', async () => {
  const el = await mountMap({ width: 390, height: 700 });
  inShadow<HTMLButtonElement>(el, '.skip-to-list').click();
  await until(
    () => Boolean(el.shadowRoot!.querySelector('km-event-list')?.shadowRoot?.activeElement),
    'list focus',
  );
  expect(inShadow(el, '.drawer-toggle').getAttribute('aria-expanded')).toBe('true');
});

test('Escape in the Share dialog closes only the dialog: the selection stays', async () => {
  const el = await mountMap();
  const id = el.events[0].properties.id;
  const selected = waitForEvent(el, 'khorasan-select');
  el.selected = id;
  await selected;
  inShadow<HTMLButtonElement>(el, '.km-share-button').click();
  const share = () => el.shadowRoot!.querySelector('km-share')?.shadowRoot?.querySelector('dialog');
  await until(() => Boolean(share()?.open), 'share dialog');
  share()!.querySelector<HTMLButtonElement>('button.close')!.focus();
  await userEvent.keyboard('{Escape}');
  await until(() => !share()!.open, 'dialog closed');
  await el.updateComplete;
  expect(el.selected).toBe(id);
  expect(el.shadowRoot!.querySelector('[part="details"]')).not.toBeNull();
});
