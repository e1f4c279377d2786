// Builds the npm package into dist/lib/: ES modules, one per source module (so consumers' bundlers can
// tree-shake), with lit, maplibre-gl, the turf modules and the other runtime dependencies left as imports.
// Library mode (no preload helper around dynamic imports, which would clash with the consumer's bundler)
// with the geodata and maplibre's worker kept as files: `?url` imports become `?url&no-inline`, because
// library mode would otherwise inline them as data: URLs, which `fetch()` cannot load under
// `connect-src 'self'`. Type declarations come from `tsc -p tsconfig.build.json`.
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { minifyJsonAssets } from './scripts/vite-minify-json.mjs';
import { trimMaplibreCssPlugin } from './scripts/vite-trim-maplibre-css.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
};
const dependencies = Object.keys(pkg.dependencies ?? {});
/** `lit`, `lit/decorators.js`, `@turf/area`, `maplibre-gl` … stay imports; `maplibre-gl/dist/…?url` does not. */
function isExternal(id: string): boolean {
  if (id.includes('?')) return false;
  return dependencies.some((name) => id === name || id.startsWith(`${name}/`));
}

/** Keeps `?url` assets as files in library mode. */
function urlImportsAsFiles(): Plugin {
  return {
    name: 'khorasan-url-imports-as-files',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes("?url'")) return null;
      return { code: code.replace(/\?url'/g, "?url&no-inline'"), map: null };
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [urlImportsAsFiles(), minifyJsonAssets(), trimMaplibreCssPlugin()],
  worker: { format: 'es' },
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    assetsDir: 'assets',
    lib: {
      entry: { index: 'src/index.ts', 'analysis/index': 'src/analysis/index.ts', embed: 'src/embed.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
