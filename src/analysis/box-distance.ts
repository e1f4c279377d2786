/** Squared distance from (px, py, pz) to the axis-aligned box stored at boxes[o..o+5] as min xyz, max xyz. */
export function boxDistanceSq(px: number, py: number, pz: number, boxes: Float64Array, o: number): number {
  let d = 0;
  let t = boxes[o] - px;
  if (t > 0) d += t * t;
  else {
    t = px - boxes[o + 3];
    if (t > 0) d += t * t;
  }
  t = boxes[o + 1] - py;
  if (t > 0) d += t * t;
  else {
    t = py - boxes[o + 4];
    if (t > 0) d += t * t;
  }
  t = boxes[o + 2] - pz;
  if (t > 0) d += t * t;
  else {
    t = pz - boxes[o + 5];
    if (t > 0) d += t * t;
  }
  return d;
}
