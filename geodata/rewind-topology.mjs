// Rewinds polygon rings of a TopoJSON topology to the RFC 7946 convention (exterior rings
// counter-clockwise, holes clockwise) by reversing arc references; the shared arcs themselves are
// left untouched, so topology is preserved. mapshaper writes exterior rings clockwise.

/** Absolute coordinates of every arc (undoing quantization/delta encoding). */
function decodeArcs(topo) {
  const t = topo.transform;
  return topo.arcs.map((arc) => {
    if (!t) return arc;
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

/** Twice the signed planar area of a ring given as arc references (positive = counter-clockwise). */
function ringSignedArea(ring, arcs) {
  let sum = 0;
  for (const ref of ring) {
    const pts = ref >= 0 ? arcs[ref] : [...arcs[~ref]].reverse();
    for (let i = 0; i + 1 < pts.length; i++) {
      sum += pts[i][0] * pts[i + 1][1] - pts[i + 1][0] * pts[i][1];
    }
  }
  return sum;
}

const reverseRing = (ring) => ring.map((ref) => ~ref).reverse();

function rewindPolygon(rings, arcs) {
  return rings.map((ring, i) => {
    const ccw = ringSignedArea(ring, arcs) > 0;
    const wantCcw = i === 0;
    return ccw === wantCcw ? ring : reverseRing(ring);
  });
}

function rewindGeometry(g, arcs) {
  if (g.type === 'Polygon') return { ...g, arcs: rewindPolygon(g.arcs, arcs) };
  if (g.type === 'MultiPolygon') return { ...g, arcs: g.arcs.map((p) => rewindPolygon(p, arcs)) };
  if (g.type === 'GeometryCollection')
    return { ...g, geometries: g.geometries.map((c) => rewindGeometry(c, arcs)) };
  return g;
}

/** Returns a copy of `topo` whose polygon rings follow RFC 7946 winding. */
export function rewindTopology(topo) {
  const arcs = decodeArcs(topo);
  const objects = {};
  for (const [name, obj] of Object.entries(topo.objects)) objects[name] = rewindGeometry(obj, arcs);
  return { ...topo, objects };
}
