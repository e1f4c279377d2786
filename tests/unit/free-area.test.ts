import { describe, expect, test } from 'vitest';
import { freeAreaPadding } from '../../src/map/free-area.ts';

const map = { left: 0, top: 0, right: 920, bottom: 600 };

describe('freeAreaPadding', () => {
  test('without a panel it is the margin on every side', () => {
    expect(freeAreaPadding(map, null, 40)).toEqual({ top: 40, right: 40, bottom: 40, left: 40 });
  });

  test('a card on the right keeps the strip left of it', () => {
    const card = { left: 560, top: 10, right: 850, bottom: 520 };
    expect(freeAreaPadding(map, card, 40)).toEqual({ top: 40, right: 920 - 560 + 40, bottom: 40, left: 40 });
  });

  test('a full-width card at the top keeps the strip below it', () => {
    const card = { left: 10, top: 10, right: 910, bottom: 300 };
    expect(freeAreaPadding(map, card, 20)).toEqual({ top: 320, right: 20, bottom: 20, left: 20 });
  });

  test('a card covering nearly all of the map still leaves a free strip', () => {
    const card = { left: 5, top: 5, right: 915, bottom: 595 };
    const p = freeAreaPadding(map, card, 40);
    expect(920 - p.left - p.right).toBeGreaterThanOrEqual(40);
    expect(600 - p.top - p.bottom).toBeGreaterThanOrEqual(40);
  });
});
