// `npm test`: unit tests in Node, then browser tests in headless Chromium, then the build and the
// end-to-end tests of the built files.
// Without a Chromium the browser tests are skipped loudly, unless CI is set, where that is a failure.
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './chromium.mjs';

function run(args) {
  const result = spawnSync('npx', ['vitest', 'run', ...args], { stdio: 'inherit' });
  return result.status ?? 1;
}

const unit = run(['--project', 'unit']);
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
process.exit(unit || browser);
