// `npm test`: unit tests in Node, then browser tests in headless Chromium.
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
} else if (process.env.CI) {
  console.error('\n!!! No Chromium found (set CHROME_PATH or apt-get install chromium). CI requires the browser tests: FAILING.\n');
  browser = 1;
} else {
  console.error('\n!!! BROWSER TESTS SKIPPED: no Chromium found. Install it with `sudo apt-get install chromium` or set CHROME_PATH.\n');
}
process.exit(unit || browser);
