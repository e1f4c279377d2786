// A PNG of the current map for articles: the WebGL canvas re-rendered at print resolution (twice the CSS
// size by default) and captured in the frame it was drawn (no preserveDrawingBuffer needed), with the
// title, the legend (boundaries, marker fills, marker sizes), a scale bar and the credits drawn onto a 2D
// canvas.
import type { Map as MaplibreMap } from 'maplibre-gl';

export interface PngLegendBoundary {
  name: string;
  color: string;
  /** Line dash in line widths (maplibre's line-dasharray); null = solid. */
  dash: number[] | null;
  width: number;
}

export interface PngLegend {
  title: string;
  subtitle: string;
  boundaries: PngLegendBoundary[];
  /** Marker fills: inside / outside the active boundary. */
  markers: { inside: string; outside: string; stroke: string; label: string } | null;
  /** Marker sizes: radius (CSS px) for a number killed; drawn as outlined circles in `sizeColor`. */
  sizes?: { killed: number; radius: number }[];
  sizeColor?: string;
  /** Names of imported datasets drawn on the map, credited after the built-in data. */
  imported?: string[];
  attribution: string;
}

/** A scale bar: `px` CSS pixels stand for `km` kilometres. */
export interface ScaleBar {
  km: number;
  px: number;
}

/** Canvases larger than this fail in some browsers (and maplibre clamps its own to 4096). */
export const MAX_PNG_WIDTH = 4096;

/** The longest round length (1, 2 or 5 × 10ⁿ km) that fits in `maxPx` pixels at `kmPerPx`. */
export function niceScale(kmPerPx: number, maxPx: number): ScaleBar | null {
  const maxKm = kmPerPx * maxPx;
  if (!(maxKm > 0) || !Number.isFinite(maxKm)) return null;
  const power = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((f) => f * power).find((k) => k <= maxKm) ?? power;
  return { km, px: km / kmPerPx };
}

/** The scale along the bottom of the map's view (where the bar is drawn), in CSS pixels. */
export function scaleBarFor(map: MaplibreMap, maxPx = 120): ScaleBar | null {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const y = Math.max(0, h - 50);
  const a = map.unproject([w / 2 - 50, y]);
  const b = map.unproject([w / 2 + 50, y]);
  return niceScale(a.distanceTo(b) / 1000 / 100, maxPx);
}

/**
 * Renders the map at `pixelRatio` device pixels per CSS pixel (restored afterwards) and captures it. The
 * text of the map is drawn again at that resolution, not scaled up.
 */
export async function captureMapAt(map: MaplibreMap, pixelRatio: number): Promise<HTMLCanvasElement> {
  const before = map.getPixelRatio();
  if (pixelRatio === before) return captureMapCanvas(map);
  map.setPixelRatio(pixelRatio);
  try {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 10_000);
      map.once('idle', () => {
        clearTimeout(timer);
        resolve();
      });
      map.triggerRepaint();
    });
    return await captureMapCanvas(map);
  } finally {
    map.setPixelRatio(before);
  }
}

/** The map canvas as drawn in the next frame, copied onto a 2D canvas of the same size. */
export function captureMapCanvas(map: MaplibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the map did not render')), 10_000);
    map.once('render', () => {
      clearTimeout(timer);
      const source = map.getCanvas();
      const out = document.createElement('canvas');
      out.width = source.width;
      out.height = source.height;
      const ctx = out.getContext('2d');
      if (!ctx) {
        reject(new Error('no 2D canvas'));
        return;
      }
      // Inside the render event the drawing buffer still holds this frame.
      ctx.drawImage(source, 0, 0);
      resolve(out);
    });
    map.triggerRepaint();
  });
}

function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > maxWidth && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const INK = '#1f2328';
const MUTED = '#4a4f55';
const PAPER = 'rgba(255, 255, 255, 0.9)';

function font(size: number, weight = 400): string {
  return `${weight} ${size}px system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif`;
}

/**
 * Draws onto the captured map, in CSS pixels times `scale`: the title and subtitle (a band along the
 * top), the legend (bottom left: boundaries, marker fills, marker sizes), the scale bar and the credits
 * (bottom right: the map's attribution, then any imported datasets).
 */
export function composeMapImage(
  mapCanvas: HTMLCanvasElement,
  legend: PngLegend,
  scale: number,
  scaleBar: ScaleBar | null = null,
): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = mapCanvas.width;
  out.height = mapCanvas.height;
  const ctx = out.getContext('2d')!;
  ctx.drawImage(mapCanvas, 0, 0);
  ctx.scale(scale, scale);
  const W = out.width / scale;
  const H = out.height / scale;
  ctx.textBaseline = 'top';
  drawTitle(ctx, legend, W);
  const creditsH = drawCredits(ctx, legend, W, H);
  if (scaleBar) drawScaleBar(ctx, scaleBar, W - 14, H - creditsH - 10);
  drawLegendBox(ctx, legend, W, H - creditsH - 8);
  return out;
}

function drawTitle(ctx: CanvasRenderingContext2D, legend: PngLegend, W: number): void {
  const h = legend.subtitle ? 42 : 28;
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, W, h);
  ctx.fillStyle = INK;
  ctx.font = font(16, 700);
  ctx.fillText(legend.title, 12, 7, W - 24);
  if (legend.subtitle) {
    ctx.font = font(11);
    ctx.fillStyle = MUTED;
    ctx.fillText(legend.subtitle, 12, 26, W - 24);
  }
}

/** The credits strip (bottom right); returns its height. */
function drawCredits(ctx: CanvasRenderingContext2D, legend: PngLegend, W: number, H: number): number {
  ctx.font = font(10);
  const maxW = Math.min(W - 16, 560);
  const lines = wrap(ctx, legend.attribution, maxW);
  if (legend.imported?.length) {
    lines.push(
      ...wrap(ctx, `Imported data: ${legend.imported.join(', ')} (sources as given in those files)`, maxW),
    );
  }
  const h = lines.length * 13 + 6;
  const w = Math.max(...lines.map((l) => ctx.measureText(l).width)) + 12;
  ctx.fillStyle = PAPER;
  ctx.fillRect(W - w, H - h, w, h);
  ctx.fillStyle = MUTED;
  lines.forEach((l, i) => {
    ctx.fillText(l, W - w + 6, H - h + 4 + i * 13);
  });
  return h;
}

/** A bar of `bar.px` pixels ending at (right, bottom), labelled with its length. */
function drawScaleBar(ctx: CanvasRenderingContext2D, bar: ScaleBar, right: number, bottom: number): void {
  const label = `${bar.km.toLocaleString('en')} km`;
  ctx.font = font(11);
  const w = Math.max(bar.px, ctx.measureText(label).width) + 12;
  ctx.fillStyle = PAPER;
  ctx.fillRect(right - w, bottom - 26, w, 26);
  const x1 = right - 6;
  const x0 = x1 - bar.px;
  const y = bottom - 6;
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(x0, y - 5);
  ctx.lineTo(x0, y);
  ctx.lineTo(x1, y);
  ctx.lineTo(x1, y - 5);
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.fillText(label, x0, bottom - 23);
}

function drawLegendBox(ctx: CanvasRenderingContext2D, legend: PngLegend, W: number, bottom: number): void {
  const pad = 10;
  const rowH = 18;
  const m = legend.markers;
  const sizes = m ? (legend.sizes ?? []) : [];
  // the markers' radii, scaled down together (areas keep their ratios) when the largest exceeds 16 px
  const shrink = Math.min(1, 16 / Math.max(1, ...sizes.map((s) => s.radius)));
  const radius = (s: { radius: number }) => s.radius * shrink;
  const sizeRows = sizes.map((s) => Math.max(rowH, radius(s) * 2 + 4));
  const labels = [
    ...legend.boundaries.map((b) => b.name),
    ...(m ? [`Inside ${m.label}`, `Outside ${m.label}`] : []),
    ...sizes.map((s) => `${s.killed.toLocaleString('en')} killed (marker area)`),
  ];
  if (labels.length === 0) return;
  ctx.font = font(12);
  const boxW = Math.min(W * 0.6, Math.max(...labels.map((l) => ctx.measureText(l).width + 38)) + pad * 2);
  const boxH =
    pad * 2 + (legend.boundaries.length + (m ? 2 : 0)) * rowH + sizeRows.reduce((a, b) => a + b, 0);
  const x0 = 10;
  const y0 = bottom - boxH;
  ctx.fillStyle = PAPER;
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.2)';
  ctx.lineWidth = 1;
  ctx.fillRect(x0, y0, boxW, boxH);
  ctx.strokeRect(x0 + 0.5, y0 + 0.5, boxW - 1, boxH - 1);
  let y = y0 + pad;
  const text = (t: string, rowHeight: number) => {
    ctx.fillStyle = INK;
    ctx.textBaseline = 'middle';
    ctx.fillText(t, x0 + pad + 36, y + rowHeight / 2, boxW - pad * 2 - 36);
    ctx.textBaseline = 'top';
    y += rowHeight;
  };
  for (const b of legend.boundaries) {
    ctx.save();
    ctx.strokeStyle = b.color;
    ctx.lineWidth = Math.max(1.5, b.width);
    ctx.setLineDash(b.dash ? b.dash.map((d) => d * ctx.lineWidth) : []);
    ctx.beginPath();
    ctx.moveTo(x0 + pad, y + rowH / 2);
    ctx.lineTo(x0 + pad + 28, y + rowH / 2);
    ctx.stroke();
    ctx.restore();
    text(b.name, rowH);
  }
  if (!m) return;
  for (const [fill, label, dot] of [
    [m.inside, `Inside ${m.label}`, false],
    [m.outside, `Outside ${m.label}`, true],
  ] as const) {
    circle(ctx, x0 + pad + 14, y + rowH / 2, 5.5, fill, m.stroke);
    if (dot) circle(ctx, x0 + pad + 14, y + rowH / 2, 1.7, m.stroke, null);
    text(label, rowH);
  }
  sizes.forEach((s, i) => {
    // outlines: a marker's area stands for the number killed
    circle(ctx, x0 + pad + 14, y + sizeRows[i] / 2, radius(s), null, legend.sizeColor ?? MUTED);
    text(`${s.killed.toLocaleString('en')} killed (marker area)`, sizeRows[i]);
  });
}

function circle(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  fill: string | null,
  stroke: string | null,
): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  if (fill) {
    ctx.fillStyle = fill;
    ctx.fill();
  }
  if (stroke) {
    ctx.strokeStyle = stroke;
    ctx.lineWidth = 1.2;
    ctx.stroke();
  }
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
