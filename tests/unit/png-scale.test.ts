import { expect, test } from 'vitest';
import { niceScale } from '../../src/components/km-export/map-png.ts';

test('the scale bar takes the longest 1, 2 or 5 × 10ⁿ km that fits', () => {
  expect(niceScale(4.3, 120)).toEqual({ km: 500, px: 500 / 4.3 }); // 516 km fit
  expect(niceScale(1, 120)).toEqual({ km: 100, px: 100 });
  expect(niceScale(0.02, 120)).toEqual({ km: 2, px: 100 });
  expect(niceScale(0, 120)).toBeNull();
});
