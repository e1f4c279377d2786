// `npm run analysis`: runs the analysis core (src/analysis/precompute.ts) on exactly the files the map
// loads by default, geodata/boundaries.topo.json and geodata/events/iskp-events.markers.json, and writes
// geodata/built-in-analysis.json: which boundaries each event is inside, and the areas and overlaps of
// every pair of boundaries. The map shows these at start instead of starting the analysis worker.
// Run it after `npm run geodata` or `npm run events`.
//   --check   write nothing; fail if the committed file differs (for CI)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtInAnalysisText, readBuiltInInputs } from './built-in-analysis.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'geodata/built-in-analysis.json');
const show = (path: string) => relative(root, path);

const inputs = readBuiltInInputs(root);
const text = builtInAnalysisText(inputs);
if (process.argv.includes('--check')) {
  const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
  if (current !== text) {
    console.error(`✗ ${show(outFile)} is out of date: run npm run analysis`);
    process.exit(1);
  }
  console.log(`✓ ${show(outFile)} is up to date`);
} else {
  writeFileSync(outFile, text);
  console.log(
    `wrote ${show(outFile)}: ${inputs.events.length} events × ${inputs.boundaries.length} boundaries`,
  );
}
