// The inside/outside colours for panels, as CSS values: the theme's custom property when the host sets one,
// otherwise the marker layer's own colours (src/map/event-style.ts) for the light and dark schemes. One
// source, so a swatch in a panel always matches the markers on the map. Plain strings (wrapped with
// unsafeCSS where used), so this module does not pull Lit into the chunks that share it.
import { EVENT_COLORS } from '../../map/event-style.ts';

const { light, dark } = EVENT_COLORS;

/** `var(--km-inside-color, …)`: the fill of markers inside the active boundary. */
export const INSIDE_COLOR = `var(--km-inside-color, light-dark(${light.inside}, ${dark.inside}))`;
/** `var(--km-outside-color, …)`: the fill of markers outside the active boundary. */
export const OUTSIDE_COLOR = `var(--km-outside-color, light-dark(${light.outside}, ${dark.outside}))`;
