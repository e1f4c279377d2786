import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { embedDevRoutes } from './scripts/vite-embed-dev.mjs';
import { trimMaplibreCssPlugin } from './scripts/vite-trim-maplibre-css.mjs';

export default defineConfig({
  server: { port: 5173 },
  // Loaded on demand by the importers and the analysis worker (started on first need): pre-bundled up
  // front so that their first use does not reload the page.
  optimizeDeps: {
    // Only the pages and scripts the dev server serves: index.html, and the two embed scripts that
    // public/embed.html and public/examples/ load through embedDevRoutes. Without this, vite scans every
    // HTML file in the tree, tests/e2e/ included, whose pages import the built package.
    entries: ['index.html', 'src/embed.ts', 'src/embed-page/embed-page.ts'],
    include: [
      'papaparse',
      '@tmcw/togeojson',
      'topojson-client',
      'idb-keyval',
      '@turf/area',
      '@turf/boolean-point-in-polygon',
      '@turf/difference',
      '@turf/helpers',
      '@turf/intersect',
      'robust-predicates',
      // the accessibility test's engine (a dev dependency; never in the bundle)
      'axe-core',
    ],
  },
  plugins: [embedDevRoutes(), trimMaplibreCssPlugin()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        // The built files (dist/) in plain pages with custom headers (CSP); run after `npm run build`.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          setupFiles: ['tests/browser/setup-fonts.ts'],
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath() ?? undefined, args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium', viewport: { width: 1024, height: 768 } }],
          },
        },
      },
    ],
  },
});
