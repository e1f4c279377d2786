// The element's styles for what sits over and around the map: maplibre's controls in the theme, the map's
// focus ring, the skip links, and the narrow (drawer) layout.
import { css } from 'lit';

export const controlStyles = css`
    /* maplibre controls in the theme */
    .maplibregl-ctrl.maplibregl-ctrl-group,
    .maplibregl-ctrl.maplibregl-ctrl-attrib,
    .maplibregl-ctrl.maplibregl-ctrl-scale {
      background: var(--km-panel-bg);
      color: var(--km-text-color);
    }
    .maplibregl-ctrl.maplibregl-ctrl-scale {
      border-color: var(--km-text-color);
    }
    .maplibregl-ctrl-attrib a {
      color: var(--km-link-color);
    }
    .maplibregl-ctrl-group button + button {
      border-top-color: var(--km-border-color-ui);
    }
    .km-presets button {
      width: auto;
      padding: 0 0.5em;
      font-size: 0.78em;
      font-weight: 600;
    }
    .maplibregl-popup-content {
      background: var(--km-panel-bg);
      color: var(--km-text-color);
      font: var(--km-font, 13px/1.35 system-ui, sans-serif);
      padding: 0.4em 0.6em;
    }
    :host([theme='dark']) .maplibregl-ctrl-group button .maplibregl-ctrl-icon {
      filter: invert(1);
    }
    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) .maplibregl-ctrl-group button .maplibregl-ctrl-icon {
        filter: invert(1);
      }
    }

    /* narrow: the panels become a drawer over the map */
    @container km-host (max-width: 760px) {
      .layout {
        grid-template-columns: 1fr;
      }
      .sidebar {
        position: absolute;
        inset: 0 auto 0 0;
        width: min(22em, 88%);
        transform: translateX(-105%);
        transition: transform 0.2s ease;
        box-shadow: var(--km-shadow);
        visibility: hidden;
      }
      .drawer-close,
      .drawer-toggle {
        display: block;
      }
      .legend {
        top: 3.3em;
        bottom: auto;
        max-height: calc(100% - 7em);
      }
      .details {
        right: 0.7em;
        width: calc(100% - 1.4em);
        max-height: 50%;
      }
      .side-label.left {
        top: 3.2em;
      }
    }
    @container km-host (max-width: 760px) {
      .layout[data-drawer-open] .sidebar {
        transform: none;
        visibility: visible;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .sidebar {
        transition: none;
      }
    }

    /* the map's focus ring, drawn inside the canvas: the map box clips anything outside it */
    .maplibregl-canvas:focus-visible {
      outline: 3px solid var(--km-focus-color);
      outline-offset: -3px;
    }

    /* skip links: first in the tab order, shown when focused */
    .skip-links {
      position: absolute;
      top: 0.4em;
      left: 0.4em;
      z-index: 10;
      display: flex;
      gap: 0.4em;
    }
    .skip-links button {
      font: inherit;
      padding: 0.35em 0.7em;
      border-radius: 6px;
      border: 2px solid var(--km-focus-color);
      background: var(--km-panel-bg);
      color: var(--km-text-color);
      cursor: pointer;
    }
    .skip-links button:not(:focus) {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      padding: 0;
      border: 0;
    }
`;
