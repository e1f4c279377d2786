// `npm test`: the type check, unit tests in Node, then browser tests in headless Chromium, then the build and the
// end-to-end tests of the built files.
// Without a Chromium the browser tests are skipped loudly, unless CI is set, where that is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };

function run(args) {
  const report = `tests/output/vitest-${args.join('-').replace(/[^a-z0-9-]/gi, '')}.json`;
  rmSync(report, { force: true });
  const reporters = ['--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const result = spawnSync('npx', ['vitest', 'run', ...args, ...reporters], { stdio: 'inherit' });
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
  }
  return result.status ?? 1;
}

const typecheck = spawnSync('npx', ['tsc', '--noEmit'], { stdio: 'inherit' }).status ?? 1;
if (typecheck) console.error('\n!!! TypeScript found errors (npx tsc --noEmit).\n');
const unit = run(['--project', 'unit']) || typecheck;
let browser = 0;
if (chromiumPath()) {
  browser = run(['--project', 'browser']);
  // End-to-end: the built files (dist/) in plain pages served with custom headers (CSP).
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status ?? 1;
  browser ||= build || run(['--project', 'e2e']);
} else if (process.env.CI) {
  console.error(
    '\n!!! No Chromium found (set CHROME_PATH or apt-get install chromium). CI requires the browser tests: FAILING.\n',
  );
  browser = 1;
} else {
  console.error(
    '\n!!! BROWSER TESTS SKIPPED: no Chromium found. Install it with `sudo apt-get install chromium` or set CHROME_PATH.\n',
  );
}
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(unit || browser);
