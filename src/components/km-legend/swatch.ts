// Small SVG samples of a boundary's look (line style, double line, hatch), shared by the legend and the
// layer panel so the key always matches the map.
import { svg, type TemplateResult } from 'lit';
import type { BoundaryLook } from '../../map/boundary-layers.ts';

let counter = 0;

export function boundarySwatch(look: BoundaryLook, width = 34, height = 18): TemplateResult {
  const id = `km-hatch-${++counter}`;
  const w = Math.min(look.width, 3);
  const dash = look.dash ? look.dash.map((d) => Math.max(d * w, 0.01)).join(' ') : undefined;
  const y = height / 2;
  return svg`<svg class="swatch" width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true">
    ${
      look.hatch
        ? svg`<defs><pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform=${look.hatch === 'backward' ? 'rotate(45)' : 'rotate(-45)'}>
            <line x1="0" y1="0" x2="0" y2="6" stroke=${look.color} stroke-width="2.2"></line></pattern></defs>
          <rect x="1" y="1" width=${width - 2} height=${height - 2} fill=${`url(#${id})`} opacity="0.8"></rect>`
        : svg`<rect x="1" y="1" width=${width - 2} height=${height - 2} fill=${look.color} opacity=${Math.min(0.35, look.fillOpacity * 3)}></rect>`
    }
    ${
      look.double
        ? svg`<line x1="1" x2=${width - 1} y1=${y - 2.4} y2=${y - 2.4} stroke=${look.color} stroke-width=${w}></line>
             <line x1="1" x2=${width - 1} y1=${y + 2.4} y2=${y + 2.4} stroke=${look.color} stroke-width=${w}></line>`
        : svg`<line x1="1" x2=${width - 1} y1=${y} y2=${y} stroke=${look.color} stroke-width=${w + 0.5}
             stroke-dasharray=${dash ?? 'none'} stroke-linecap=${look.dash && look.dash[0] < 1 ? 'round' : 'butt'}></line>`
    }
  </svg>`;
}

export type FillTreatment = 'solid' | 'hatch-forward' | 'hatch-backward';

/** A swatch for an area of the difference mode. */
export function areaSwatch(color: string, treatment: FillTreatment, width = 34, height = 18): TemplateResult {
  const id = `km-hatch-${++counter}`;
  if (treatment === 'solid') {
    return svg`<svg class="swatch" width=${width} height=${height} aria-hidden="true">
      <rect x="1" y="1" width=${width - 2} height=${height - 2} fill=${color} opacity="0.55" stroke=${color}></rect></svg>`;
  }
  const rotate = treatment === 'hatch-backward' ? 'rotate(45)' : 'rotate(-45)';
  return svg`<svg class="swatch" width=${width} height=${height} aria-hidden="true">
    <defs><pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform=${rotate}>
      <line x1="0" y1="0" x2="0" y2="6" stroke=${color} stroke-width="2.4"></line></pattern></defs>
    <rect x="1" y="1" width=${width - 2} height=${height - 2} fill=${color} opacity="0.15"></rect>
    <rect x="1" y="1" width=${width - 2} height=${height - 2} fill=${`url(#${id})`}></rect></svg>`;
}
