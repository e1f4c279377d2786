// Builds the self-contained embed: dist/khorasan-map.js (one ES module; the CSS is inlined as Lit styles)
// plus same-origin files beside it in dist/khorasan-map-assets/: maplibre's worker, the analysis worker and
// the geodata. `base: './'` makes every URL relative to the script (`new URL(file, import.meta.url)`), so the
// two can be copied anywhere together. Workers are loaded from those files, never from blob: or data: URLs,
// so a Content-Security-Policy of `default-src 'self'` (hence `worker-src 'self'`) is enough.
//
// The entry is one file; only code loaded on demand (the importers behind `events-src` and
// `boundaries-src`) becomes a chunk in khorasan-map-assets/, fetched when such an attribute is used.
//
// `--mode page` builds the iframe page's small script instead: dist/embed-page.js (see public/embed.html).
import { defineConfig } from 'vite';
import { minifyJsonAssets } from './scripts/vite-minify-json.mjs';
import { trimMaplibreCssPlugin } from './scripts/vite-trim-maplibre-css.mjs';

export default defineConfig(({ mode }) => {
  const page = mode === 'page';
  return {
    base: './',
    publicDir: false,
    plugins: [minifyJsonAssets(), trimMaplibreCssPlugin()],
    worker: { format: 'es' },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: false,
      // Geodata must stay files: fetch() of a data: URL breaks `connect-src 'self'`.
      assetsInlineLimit: 0,
      assetsDir: 'khorasan-map-assets',
      chunkSizeWarningLimit: 1500,
      rolldownOptions: {
        input: (page
          ? { 'embed-page': 'src/embed-page/embed-page.ts' }
          : { 'khorasan-map': 'src/embed.ts' }) as Record<string, string>,
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'khorasan-map-assets/[name]-[hash].js',
          assetFileNames: 'khorasan-map-assets/[name]-[hash][extname]',
        },
      },
    },
  };
});
