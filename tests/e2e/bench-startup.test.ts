// Keeps `npm run bench:startup` working: one run, and the shape of the JSON it ends with. No timing is
// asserted here; timing belongs to the benchmark.
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { requireBuild } from './helpers.ts';

test('bench:startup runs once and ends with its JSON line', () => {
  requireBuild();
  const run = spawnSync('npx', ['tsx', 'scripts/bench-startup.ts', '--runs', '1'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const lines = run.stdout.trim().split('\n');
  const result = JSON.parse(lines[lines.length - 1]);
  expect(result).toMatchObject({ benchmark: 'startup', runs: 1, viewport: { width: 1280, height: 800 } });
  for (const page of ['bare', 'full', 'embed']) {
    expect(result.medianMs[page], page).toBeGreaterThan(0);
  }
  for (const page of ['full', 'embed']) expect(result.ratio[page], page).toBeGreaterThan(0);
  expect(Number.isNaN(Date.parse(result.date))).toBe(false);
}, 300_000);
