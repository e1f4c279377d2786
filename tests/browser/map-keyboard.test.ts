// Keyboard paths of the element's own controls: the compare-mode radio group, the panel drawer on a narrow
// element, and Escape on the details panel.
import { afterAll, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { inShadow, mountMap, settle, waitForEvent } from './map-helpers.ts';

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
