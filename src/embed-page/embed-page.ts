// Script of public/embed.html, the iframe embed. It turns the page's query parameters into attributes of
// one <khorasan-map> filling the page, and tells the parent page its height whenever it changes
// (`postMessage({ type: 'khorasan-map:resize', height }, '*')`), as Datawrapper embeds do. The element
// itself comes from khorasan-map.js, loaded by embed.html before this script.
import { paramsToAttributes, parseHeight } from './embed-params.ts';

export const RESIZE_MESSAGE = 'khorasan-map:resize';

function createMap(): HTMLElement {
  const map = document.createElement('khorasan-map');
  for (const [name, value] of paramsToAttributes(location.search)) map.setAttribute(name, value);
  const height = parseHeight(new URLSearchParams(location.search).get('height'));
  if (height) map.style.setProperty('--km-height', height);
  // The iframe is the page: the map's own hash state is off so the host controls nothing by accident.
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
