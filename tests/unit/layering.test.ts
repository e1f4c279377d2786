// The layers of src/ point downward (docs/ARCHITECTURE.md): analysis ← data ← state/map ← worker ← components.
// This reads every import of every source file, type-only imports and dynamic import() included, and checks
// the rules and that the import graph has no cycle.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = 'src';
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"?]+)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Each source file and the project files it imports (paths relative to the repo root). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((m) => normalize(join(dirname(file), m[1])));
    graph.set(file, targets);
  }
  return graph;
}

const layerOf = (path: string) => relative(SRC, path).split('/')[0];

/** For each layer, the layers of the project it must not import. */
const FORBIDDEN: Record<string, string[]> = {
  analysis: ['data', 'state', 'map', 'worker', 'components', 'cli', 'embed-page', 'demo'],
  data: ['state', 'map', 'worker', 'components', 'cli', 'embed-page', 'demo'],
  state: ['map', 'worker', 'components', 'cli', 'embed-page', 'demo'],
  map: ['worker', 'components', 'cli', 'embed-page', 'demo'],
  worker: ['components', 'cli', 'embed-page', 'demo'],
};

describe('layering of src/', () => {
  const graph = importGraph();

  test('the graph was read (a broken pattern would pass every rule)', () => {
    expect(graph.size).toBeGreaterThan(100);
    const edges = [...graph.values()].reduce((n, targets) => n + targets.length, 0);
    expect(edges).toBeGreaterThan(300);
  });

  test('each layer imports only the layers below it', () => {
    const violations: string[] = [];
    for (const [file, targets] of graph) {
      const forbidden = FORBIDDEN[layerOf(file)] ?? [];
      for (const target of targets) {
        if (!target.startsWith(`${SRC}/`)) continue; // geodata files, package.json
        if (forbidden.includes(layerOf(target))) violations.push(`${file} → ${target}`);
      }
    }
    expect(violations).toEqual([]);
  });

  test('no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'visiting');
      stack.push(file);
      for (const target of graph.get(file) ?? []) {
        if (!graph.has(target)) continue;
        if (state.get(target) === 'visiting')
          cycles.push([...stack.slice(stack.indexOf(target)), target].join(' → '));
        else if (!state.has(target)) visit(target);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  test('no source file is over 450 lines', () => {
    const long = [...graph.keys()]
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').length }))
      .filter((f) => f.lines > 450)
      .map((f) => `${f.file}: ${f.lines}`);
    expect(long).toEqual([]);
  });

  // The element folder holds UI only (issue 17): a Lit element, a stylesheet, a ReactiveController, or DOM
  // code (Lit templates, DOM APIs, maplibre controls). A file that is none of these is a pure helper and
  // belongs to src/data, src/state or src/map.
  test('every file in src/components is a Lit element, a styles file, a ReactiveController or DOM code', () => {
    const DOM_API =
      /\b(?:document|window|HTMLElement|HTMLCanvasElement|getComputedStyle|IntersectionObserver|CustomEvent|IControl)\b/;
    const kindOf = (file: string, text: string): string | null => {
      if (file.endsWith('.styles.ts')) return 'styles';
      if (/\bextends LitElement\b/.test(text)) return 'element';
      if (/\bimplements ReactiveController\b/.test(text)) return 'controller';
      if (/from 'lit'/.test(text)) return 'dom'; // Lit templates
      // only what the file itself runs counts: comments and strings (import paths) may name anything
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$|'[^'\n]*'|"[^"\n]*"/gm, '');
      return DOM_API.test(code) ? 'dom' : null;
    };
    const components = [...graph.keys()].filter((f) => layerOf(f) === 'components');
    expect(components.length).toBeGreaterThan(30);
    const pure = components.filter((f) => kindOf(f, readFileSync(f, 'utf8')) === null);
    expect(pure).toEqual([]);
  });
});
