// Deterministic text for the browser tests: Noto Sans (SIL OFL, from the @fontsource/noto-sans package) is
// loaded as a web font into the test page, so the element's UI font (set through --km-font by mountMap)
// and the map's labels (maplibre's `text-font` stacks start with "Noto Sans" and "Noto Sans Bold", drawn
// with TinySDF from the page's fonts) resolve to the same files on every machine. A document font face
// wins over an installed font of the same family, so an extra system package (fonts-noto-core, say) or a
// different default sans-serif changes nothing.

import latinRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExtRegular from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinExtBold from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';

/** The UI font for tests, passed to the element as `--km-font`. */
export const TEST_UI_FONT = "14px/1.45 'Noto Sans'";

// The unicode ranges of fontsource's own CSS for these two subsets.
const LATIN =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const LATIN_EXT =
  'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF';

let loaded: Promise<void> | null = null;

/** Adds the faces once per page and waits until they are usable by CSS and by canvas (TinySDF). */
export function loadTestFonts(): Promise<void> {
  loaded ??= (async () => {
    const faces: FontFace[] = [];
    const add = (family: string, url: string, weight: string, unicodeRange: string) =>
      faces.push(new FontFace(family, `url(${url}) format('woff2')`, { weight, unicodeRange }));
    for (const [url, range] of [
      [latinRegular, LATIN],
      [latinExtRegular, LATIN_EXT],
    ] as const) {
      add('Noto Sans', url, '400', range);
    }
    for (const [url, range] of [
      [latinBold, LATIN],
      [latinExtBold, LATIN_EXT],
    ] as const) {
      add('Noto Sans', url, '700', range);
      // maplibre passes "Noto Sans Bold" to CSS as a family name and asks for weight 700 (sniffed from it).
      add('Noto Sans Bold', url, '700', range);
    }
    await Promise.all(faces.map((face) => face.load()));
    for (const face of faces) document.fonts.add(face);
    await document.fonts.ready;
  })();
  return loaded;
}
