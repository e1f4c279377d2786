// Script of public/embed.html, the iframe embed. It turns the page's query parameters into attributes of
// one <khorasan-map> filling the page, and tells the parent page its height whenever it changes
// (`postMessage({ type: 'khorasan-map:resize', height }, '*')`), as Datawrapper embeds do. The element
// itself comes from khorasan-map.js, loaded by embed.html before this script.
// A state hash (`#mode=swipe&…`, as the share dialog writes) restores the exact state, filters included.
import { paramsToAttributes, parseHeight } from '../state/embed-params.ts';
import { guardUrlAttributes } from '../state/embed-url-guard.ts';
import { hashHasState } from '../state/url-state.ts';

export const RESIZE_MESSAGE = 'khorasan-map:resize';

function createMap(): HTMLElement {
  const map = document.createElement('khorasan-map');
  map.id = 'map';
  // data URLs only over http(s), from this origin or one the host lists (see embed-url-guard.ts)
  const allowed =
    document.querySelector<HTMLMetaElement>('meta[name="khorasan-data-origins"]')?.content ?? '';
  const { attributes, refused } = guardUrlAttributes(
    paramsToAttributes(location.search),
    location.href,
    allowed.split(/\s+/).filter(Boolean),
  );
  for (const { url, reason } of refused) console.warn(`khorasan-map embed: refused ${url}: ${reason}`);
  for (const [name, value] of attributes) map.setAttribute(name, value);
  if (hashHasState(location.hash)) map.setAttribute('url-state', '');
  // In a frame the map must not capture the wheel of the article scrolling past it.
  if (window.parent !== window && !map.hasAttribute('cooperative-gestures'))
    map.setAttribute('cooperative-gestures', 'on');
  const height = parseHeight(new URLSearchParams(location.search).get('height'));
  if (height) map.style.setProperty('--km-height', height);
  document.body.append(map);
  return map;
}

function postHeight(): void {
  // Only when framed; the height is not secret, so any parent may read it.
  if (window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
}

const map = document.querySelector('khorasan-map') ?? createMap();
new ResizeObserver(postHeight).observe(document.documentElement);
map.addEventListener('khorasan-ready', postHeight);
