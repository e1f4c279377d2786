// The demo page `npm run dev` opens: one full-window <khorasan-map> whose state lives in the URL hash.
import '../components/khorasan-map/khorasan-map.ts';

const map = document.querySelector('khorasan-map');
map?.addEventListener('khorasan-error', (e) => {
  console.warn('[khorasan-map]', (e as CustomEvent<{ message: string }>).detail.message);
});
