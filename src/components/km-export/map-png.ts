// A PNG of the current map for articles: the WebGL canvas captured in the frame it was drawn (no
// preserveDrawingBuffer needed), with the legend and the attribution drawn onto a 2D canvas.
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
  attribution: string;
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

/** Draws the legend (bottom left) and the attribution (bottom right) onto the captured map. */
export function composeMapImage(
  mapCanvas: HTMLCanvasElement,
  legend: PngLegend,
  scale: number,
): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = mapCanvas.width;
  out.height = mapCanvas.height;
  const ctx = out.getContext('2d')!;
  ctx.drawImage(mapCanvas, 0, 0);
  ctx.scale(scale, scale);
  const W = out.width / scale;
  const H = out.height / scale;
  const font = (size: number, weight = 400) =>
    `${weight} ${size}px system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif`;

  // attribution strip along the bottom
  ctx.font = font(10);
  const attrLines = wrap(ctx, legend.attribution, Math.min(W - 16, 520));
  const attrH = attrLines.length * 13 + 6;
  const attrW = Math.max(...attrLines.map((l) => ctx.measureText(l).width)) + 12;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
  ctx.fillRect(W - attrW, H - attrH, attrW, attrH);
  ctx.fillStyle = '#333';
  ctx.textBaseline = 'top';
  attrLines.forEach((l, i) => {
    ctx.fillText(l, W - attrW + 6, H - attrH + 4 + i * 13);
  });

  // legend box
  const pad = 10;
  const rowH = 18;
  const rows = legend.boundaries.length + (legend.markers ? 2 : 0);
  ctx.font = font(12);
  const labels = [
    ...legend.boundaries.map((b) => b.name),
    ...(legend.markers ? [`Inside ${legend.markers.label}`, `Outside ${legend.markers.label}`] : []),
  ];
  ctx.font = font(13, 600);
  const titleW = ctx.measureText(legend.title).width;
  ctx.font = font(11);
  const subW = ctx.measureText(legend.subtitle).width;
  ctx.font = font(12);
  const boxW = Math.min(
    W * 0.6,
    Math.max(titleW, subW, ...labels.map((l) => ctx.measureText(l).width + 38)) + pad * 2,
  );
  const boxH = pad * 2 + 18 + 16 + rows * rowH;
  const x0 = 10;
  const y0 = H - attrH - boxH - 8;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.92)';
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.2)';
  ctx.lineWidth = 1;
  ctx.fillRect(x0, y0, boxW, boxH);
  ctx.strokeRect(x0 + 0.5, y0 + 0.5, boxW - 1, boxH - 1);
  ctx.fillStyle = '#1f2328';
  ctx.font = font(13, 600);
  ctx.fillText(legend.title, x0 + pad, y0 + pad, boxW - pad * 2);
  ctx.font = font(11);
  ctx.fillStyle = '#555';
  ctx.fillText(legend.subtitle, x0 + pad, y0 + pad + 18, boxW - pad * 2);
  let y = y0 + pad + 36;
  ctx.font = font(12);
  for (const b of legend.boundaries) {
    ctx.save();
    ctx.strokeStyle = b.color;
    ctx.lineWidth = Math.max(1.5, b.width);
    ctx.setLineDash(b.dash ? b.dash.map((d) => d * ctx.lineWidth) : []);
    ctx.beginPath();
    ctx.moveTo(x0 + pad, y + rowH / 2 - 2);
    ctx.lineTo(x0 + pad + 28, y + rowH / 2 - 2);
    ctx.stroke();
    ctx.restore();
    ctx.fillStyle = '#1f2328';
    ctx.fillText(b.name, x0 + pad + 36, y + 1, boxW - pad * 2 - 36);
    y += rowH;
  }
  if (legend.markers) {
    const m = legend.markers;
    for (const [fill, text, dot] of [
      [m.inside, `Inside ${m.label}`, false],
      [m.outside, `Outside ${m.label}`, true],
    ] as const) {
      ctx.beginPath();
      ctx.arc(x0 + pad + 14, y + rowH / 2 - 2, 5.5, 0, Math.PI * 2);
      ctx.fillStyle = fill;
      ctx.fill();
      ctx.strokeStyle = m.stroke;
      ctx.lineWidth = 1;
      ctx.stroke();
      if (dot) {
        ctx.beginPath();
        ctx.arc(x0 + pad + 14, y + rowH / 2 - 2, 1.7, 0, Math.PI * 2);
        ctx.fillStyle = m.stroke;
        ctx.fill();
      }
      ctx.fillStyle = '#1f2328';
      ctx.fillText(text, x0 + pad + 36, y + 1, boxW - pad * 2 - 36);
      y += rowH;
    }
  }
  return out;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
