// `npm run events`: merges geodata/events/parts/*.json into geodata/events/iskp-events.geojson,
// validates the result against the built-in dataset rules and fails loudly on any issue. It also writes
// the two files the map loads, derived from it (src/data/event-split.ts): iskp-events.markers.json
// (fetched at start) and iskp-events.details.json (fetched when an event is opened or exported).
//   --check   write nothing; fail if the committed file differs from the merge (for CI)
//   --force   write the merged file even when it has issues (still exits 1)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { countryBBoxesFromTopology } from '../src/data/country-bboxes.ts';
import { formatEventIssue } from '../src/data/event-issue.ts';
import { checkEventsOnLand, countryShapesFromTopology } from '../src/data/event-land.ts';
import { splitEventsText } from '../src/data/event-split.ts';
import { countIncidents } from '../src/data/incidents.ts';
import { type EventPart, mergeEventParts, serializeEvents } from '../src/data/merge-events.ts';
import { builtInDatasetOptions, validateEvents } from '../src/data/validate-events.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const partsDir = join(root, 'geodata/events/parts');
const outFile = join(root, 'geodata/events/iskp-events.geojson');
const markersFile = join(root, 'geodata/events/iskp-events.markers.json');
const detailsFile = join(root, 'geodata/events/iskp-events.details.json');
const basemapFile = join(root, 'geodata/basemap.topo.json');
// event ids whose point may lie off its country's drawn shape, each with the reason (README: "Precision")
const offLandFile = join(root, 'geodata/events/off-land-allowed.json');
const args = new Set(process.argv.slice(2));
const show = (path: string) => relative(root, path);

function fail(lines: string[]): never {
  console.error(`\n✗ npm run events FAILED\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
  process.exit(1);
}

function readParts(): EventPart[] {
  if (!existsSync(partsDir)) fail([`no folder ${show(partsDir)}`]);
  const names = readdirSync(partsDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  if (names.length === 0) fail([`no *.json in ${show(partsDir)}`]);
  const parts: EventPart[] = [];
  const errors: string[] = [];
  for (const name of names) {
    try {
      parts.push({ name: `parts/${name}`, json: JSON.parse(readFileSync(join(partsDir, name), 'utf8')) });
    } catch (error) {
      errors.push(`parts/${name}: not valid JSON (${(error as Error).message})`);
    }
  }
  if (errors.length > 0) fail(errors);
  return parts;
}

const parts = readParts();
const merged = mergeEventParts(parts);
if (merged.unreadable.length > 0) {
  fail(
    merged.unreadable.map((name) => `${name}: expected a JSON array of features (or a FeatureCollection)`),
  );
}
if (!existsSync(basemapFile)) {
  fail([`${show(basemapFile)} is missing: the country checks need its "countries" object`]);
}
const topology = JSON.parse(readFileSync(basemapFile, 'utf8')) as Topology;
const offLandAllowed = existsSync(offLandFile)
  ? (JSON.parse(readFileSync(offLandFile, 'utf8')) as Record<string, string>)
  : {};
const issues = [
  ...validateEvents(merged.collection, builtInDatasetOptions(countryBBoxesFromTopology(topology))),
  // the box test above is coarse; markers must also sit on their country's land as the map draws it
  ...checkEventsOnLand(
    merged.collection.features as Parameters<typeof checkEventsOnLand>[0],
    countryShapesFromTopology(topology),
    offLandAllowed,
  ),
];
const text = serializeEvents(merged.collection);
const split = splitEventsText(merged.collection);
const derived = new Map([
  [markersFile, split.markers],
  [detailsFile, split.details],
]);
const count = merged.collection.features.length;
const incidents = countIncidents(
  merged.collection.features as { properties: { id: string; incident?: string } }[],
);

const problems = issues.map((issue) => {
  const origin = issue.index === null ? null : merged.origins[issue.index];
  return `${origin ? `${origin.part}[${origin.index}] ` : ''}${formatEventIssue(issue)}`;
});
if (problems.length > 0) {
  problems.unshift(
    `${issues.length} issue(s) in ${count} events (#n = position after sorting; parts/x.json[i] = where to edit):`,
  );
}

if (args.has('--check')) {
  const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
  if (current !== text) problems.push(`${show(outFile)} differs from the merged parts: run npm run events`);
  for (const [file, content] of derived) {
    const now = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (now !== content) problems.push(`${show(file)} differs from the merged parts: run npm run events`);
  }
} else if (issues.length === 0 || args.has('--force')) {
  writeFileSync(outFile, text);
  for (const [file, content] of derived) writeFileSync(file, content);
  console.log(`wrote ${show(outFile)}: ${count} records (${incidents} incidents) from ${parts.length} parts`);
}

if (problems.length > 0) fail(problems);
console.log(
  `✓ ${count} records valid: ${incidents} incidents (an incident at several places has one record per place)`,
);
