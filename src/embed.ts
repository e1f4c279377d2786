// The self-contained embed (`dist/khorasan-map.js`): `<script type="module" src=".../khorasan-map.js">` and
// `<khorasan-map>` works. Every file it needs (maplibre's worker, the analysis worker, the geodata) is a
// same-origin file next to it, so a Content-Security-Policy of `default-src 'self'` is enough.
// The element module defines `khorasan-map` only if the tag is still free.
import './components/khorasan-map/khorasan-map.ts';

export { KhorasanMap } from './components/khorasan-map/khorasan-map.ts';
