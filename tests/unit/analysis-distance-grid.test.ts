// The distance grid gives exactly nearestOnOutline's distance (the same double), for every boundary at both
// resolutions, on seeded points over the region, worldwide, near outline vertices and on them.
import { describe, expect, test } from 'vitest';
import { seededPoints, seededRandom } from '../../src/analysis/bench/seeded-points.ts';
import { boundaryIndex } from '../../src/analysis/boundary-index.ts';
import { distanceGrid, gridDistanceKm } from '../../src/analysis/distance-grid.ts';
import { nearestOnOutline } from '../../src/analysis/nearest-on-outline.ts';
import { boundariesPath, readBoundaries } from '../../src/cli/read-boundaries.ts';

describe.each([
  ['simplified', false],
  ['full-resolution', true],
] as const)('%s boundaries', (_, full) => {
  for (const boundary of readBoundaries(boundariesPath(full))) {
    test(`${boundary.properties.id}: 0 differences from the tree`, () => {
      const index = boundaryIndex(boundary).distance;
      const grid = distanceGrid(index);
      const region = seededPoints(100_000, 5, [20, 0, 100, 60]);
      const world = seededPoints(20_000, 6, [-180, -90, 180, 90]);
      const random = seededRandom(8);
      const near: [number, number][] = [];
      for (let e = 0; e < index.lonLat.length / 4; e++) {
        const lon = index.lonLat[e * 4];
        const lat = index.lonLat[e * 4 + 1];
        near.push([lon, lat], [lon + (random() - 0.5) * 0.05, lat + (random() - 0.5) * 0.05]);
      }
      const points: [number, number][] = [
        ...Array.from(region.lons, (lon, i): [number, number] => [lon, region.lats[i]]),
        ...Array.from(world.lons, (lon, i): [number, number] => [lon, world.lats[i]]),
        ...near,
        [180, 0],
        [-180, 90],
        [0, -90],
      ];
      const out = new Float64Array(3);
      let differences = 0;
      for (const [lon, lat] of points) {
        nearestOnOutline(index, lon, lat, out);
        const tree = out[0];
        if (gridDistanceKm(grid, lon, lat, out) !== tree) differences++;
      }
      expect(differences).toBe(0);
    });
  }
});
