// The inside/outside colours for panels, as CSS: the theme's custom property when the host sets one,
// otherwise the marker layer's own colours (src/map/event-style.ts) for the light and dark schemes. One
// source, so a swatch in a panel always matches the markers on the map.
import { unsafeCSS } from 'lit';
import { EVENT_COLORS } from '../../map/event-style.ts';

const { light, dark } = EVENT_COLORS;

/** `var(--km-inside-color, …)`: the fill of markers inside the active boundary. */
export const insideColor = unsafeCSS(`var(--km-inside-color, light-dark(${light.inside}, ${dark.inside}))`);
/** `var(--km-outside-color, …)`: the fill of markers outside the active boundary. */
export const outsideColor = unsafeCSS(
  `var(--km-outside-color, light-dark(${light.outside}, ${dark.outside}))`,
);
