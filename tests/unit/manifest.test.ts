// custom-elements.json documents the public API of the custom elements: it must be current (made from the
// JSDoc headers as they are now), hold only modules that define an element, and no private members; the
// API tables in docs/api.md are made from it and must be current too.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

// the analyzer resolves its outdir against the working directory: a git-ignored folder of the repo
const outdir = 'tests/output/manifest-check';
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

interface Manifest {
  modules: {
    path: string;
    declarations: {
      tagName?: string;
      customElement?: boolean;
      members?: { name: string; privacy?: string }[];
    }[];
  }[];
}

test('the committed custom-elements.json is what the analyzer makes from the code now', () => {
  rmSync(outdir, { recursive: true, force: true }); // never compare with an older run's file
  const run = spawnSync(
    'npx',
    [
      'custom-elements-manifest',
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
      '--outdir',
      outdir,
    ],
    { encoding: 'utf8', env: { ...process.env, CEM_OUTDIR: outdir } },
  );
  expect(run.status, run.stderr).toBe(0);
  const fresh = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
  const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  expect(committed, 'run `npm run manifest && npm run docs`').toEqual(fresh);
}, 60_000);

test('it lists only modules that define a custom element, and no private members', () => {
  const manifest: Manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  expect(manifest.modules.length).toBeGreaterThanOrEqual(10);
  for (const module of manifest.modules) {
    expect(
      module.declarations.some((d) => d.customElement && d.tagName),
      module.path,
    ).toBe(true);
    for (const d of module.declarations)
      for (const m of d.members ?? []) {
        expect(m.name.startsWith('#'), `${module.path} ${m.name}`).toBe(false);
        expect(['private', 'protected']).not.toContain(m.privacy);
      }
  }
  const tags = manifest.modules.flatMap((m) => m.declarations.map((d) => d.tagName));
  expect(tags).toContain('khorasan-map');
});

test('the API tables in docs/api.md are current', () => {
  const run = spawnSync('node', ['scripts/api-docs.mjs', '--check'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
});
