import { expect, test } from 'vitest';
test('webgl is available', () => {
  const gl = document.createElement('canvas').getContext('webgl2');
  expect(gl).not.toBeNull();
});
