// The download goal as a check: `npm run size -- --check` opens a default embed in Chromium, sums the
// gzip size of every file it requests (workers included) and fails above 550 KB. Sizes, not timings.
import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { requireBuild } from './helpers.ts';

test('the default embed downloads at most 550 KB gzip', () => {
  requireBuild();
  let output: string;
  try {
    output = execFileSync('npx', ['tsx', 'scripts/size-report.ts', '--check'], { encoding: 'utf8' });
  } catch (error) {
    const { stdout, status } = error as { stdout?: string; status?: number };
    throw new Error(`npm run size -- --check exited with ${status}:\n${stdout ?? ''}`);
  }
  const total = /embed total ([\d.]+) KB gzip; goal 550 KB: within/.exec(output);
  expect(total, output).not.toBeNull();
  // measured in Chromium, so the list holds what was requested, not every file beside the script
  expect(output).toContain('(measured in Chromium)');
  expect(Number(total?.[1])).toBeLessThanOrEqual(550);
}, 120_000);
