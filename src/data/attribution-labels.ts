// One wording of the attribution codes for the filters, the legend and the details panel.
import type { Attribution } from './types.ts';

export interface AttributionLabel {
  /** Short label for a checkbox or a details row. */
  label: string;
  /** One sentence: what the code means (geodata/events/README.md, "Attribution"). */
  meaning: string;
}

export const ATTRIBUTION_LABELS: Record<Attribution, AttributionLabel> = {
  claimed: {
    label: 'Claimed (Khorasan Province)',
    meaning: 'claimed in the name of Islamic State Khorasan Province',
  },
  'claimed-is': {
    label: 'Claimed by IS (no or other province)',
    meaning: 'claimed by IS without naming a province, or in the name of another province',
  },
  attributed: {
    label: 'Attributed',
    meaning: 'no Khorasan claim; officials or researchers attribute it to ISKP',
  },
  suspected: {
    label: 'Suspected',
    meaning: 'no claim; officials or researchers suspect ISKP',
  },
  unspecified: { label: 'Unspecified', meaning: 'imported data that says nothing about attribution' },
};

/** Text naming Khorasan Province, in the spellings the sources use (Khorasan, Khurasan, Khorasaan…). */
export const NAMES_KHORASAN = /\bkh[ou]r[a]+s[a]+n\b/i;
