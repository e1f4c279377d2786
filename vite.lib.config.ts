// Builds the npm package into dist/lib/: ES modules, one per source module (so consumers' bundlers can
// tree-shake), with lit, maplibre-gl, the turf modules and the other runtime dependencies left as imports.
// Not `build.lib`: library mode inlines every asset as a data: URL, and the geodata must stay files that
// `fetch()` can load under `connect-src 'self'`. Type declarations come from `tsc -p tsconfig.build.json`.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { minifyJsonAssets } from './scripts/vite-minify-json.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
};
const dependencies = Object.keys(pkg.dependencies ?? {});
/** `lit`, `lit/decorators.js`, `@turf/area`, `maplibre-gl` … stay imports; `maplibre-gl/dist/…?url` does not. */
function isExternal(id: string): boolean {
  if (id.includes('?')) return false;
  return dependencies.some((name) => id === name || id.startsWith(`${name}/`));
}

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [minifyJsonAssets()],
  worker: { format: 'es' },
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    assetsInlineLimit: 0,
    assetsDir: 'assets',
    rolldownOptions: {
      input: { index: 'src/index.ts', 'analysis/index': 'src/analysis/index.ts', embed: 'src/embed.ts' },
      external: isExternal,
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
