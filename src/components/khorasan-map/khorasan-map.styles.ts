import { css, unsafeCSS } from 'lit';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import { controlStyles } from './controls.styles.ts';
import { dark } from './khorasan-map.dark.styles.ts';

export const styles = [
  unsafeCSS(maplibreCss),
  css`
    :host {
      --km-bg: #f4f2ed;
      --km-panel-bg: rgba(255, 255, 255, 0.96);
      --km-sidebar-bg: #fbfaf7;
      --km-card-bg: #ffffff;
      --km-text-color: #1f2328;
      --km-muted-color: #5d6166;
      --km-border-color-ui: rgba(0, 0, 0, 0.12);
      --km-rule-color: rgba(0, 0, 0, 0.14);
      --km-accent-color: #0f62c0;
      --km-on-accent-color: #ffffff;
      --km-link-color: #1a5fb4;
      --km-focus-color: #1a73e8;
      --km-error-color: #b00020;
      --km-shadow: 0 1px 4px rgba(0, 0, 0, 0.25);
      --km-diff-a-color: #0f7b6c;
      --km-diff-b-color: #c2331d;
      color-scheme: light;
      display: block;
      position: relative;
      box-sizing: border-box;
      height: var(--km-height, 640px);
      min-height: 320px;
      font: var(--km-font, 14px/1.45 system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif);
      color: var(--km-text-color);
      background: var(--km-bg);
      text-align: left;
      contain: layout paint;
      container: km-host / inline-size;
    }
    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) {
        ${dark}
      }
    }
    :host([theme='dark']) {
      ${dark}
    }
    :host([hidden]) {
      display: none;
    }
    /* A host page rule such as "* { font-size: 30px }" beats :host and its inherited properties flow into
       the shadow tree; so the text settings are set again on the inner root. */
    .layout {
      font: var(--km-font, 14px/1.45 system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif);
      color: var(--km-text-color);
      font-style: normal;
      font-variant: normal;
      letter-spacing: normal;
      word-spacing: normal;
      text-transform: none;
      text-indent: 0;
      text-shadow: none;
      white-space: normal;
      visibility: visible;
      cursor: auto;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    .probe {
      position: absolute;
      width: 0;
      height: 0;
      overflow: hidden;
    }
    [hidden] {
      display: none !important;
    }
    button,
    select,
    input {
      font: inherit;
      color: inherit;
    }
    :focus-visible {
      outline: 2px solid var(--km-focus-color);
      outline-offset: 2px;
    }

    /* layout: a panel column and the map stage; a drawer when the element is narrow */
    .layout {
      display: grid;
      grid-template-columns: var(--km-sidebar-width, 360px) 1fr;
      height: 100%;
      position: relative;
      overflow: hidden;
    }
    .sidebar {
      background: var(--km-sidebar-bg);
      border-right: 1px solid var(--km-border-color-ui);
      overflow-y: auto;
      overscroll-behavior: contain;
      padding: 0 0.9em 1.2em;
      z-index: 3;
    }
    .sidebar-head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      position: sticky;
      top: 0;
      background: var(--km-sidebar-bg);
      padding: 0.8em 0 0.5em;
      z-index: 1;
      border-bottom: 1px solid var(--km-border-color-ui);
    }
    .title {
      font-size: 1.05em;
      margin: 0;
      letter-spacing: 0.01em;
    }
    .drawer-close {
      display: none;
      border: 0;
      background: none;
      font-size: 1.5em;
      line-height: 1;
      cursor: pointer;
      padding: 0 0.25em;
    }
    .section {
      padding: 0.7em 0 0.4em;
      border-bottom: 1px solid var(--km-border-color-ui);
    }
    .section:last-child {
      border-bottom: 0;
    }
    .section h3 {
      font-size: 0.8em;
      text-transform: uppercase;
      letter-spacing: 0.08em;
      color: var(--km-muted-color);
      margin: 0 0 0.55em;
    }
    .hint {
      color: var(--km-muted-color);
      font-size: 0.85em;
      margin: 0.5em 0 0.7em;
    }

    /* compare controls */
    .modes {
      display: grid;
      grid-template-columns: repeat(3, 1fr);
      border: 1px solid var(--km-border-color-ui);
      border-radius: 8px;
      overflow: hidden;
    }
    .modes button {
      border: 0;
      background: transparent;
      padding: 0.4em 0.2em;
      cursor: pointer;
    }
    .modes button + button {
      border-left: 1px solid var(--km-border-color-ui);
    }
    .modes button[aria-checked='true'] {
      background: var(--km-accent-color);
      color: var(--km-on-accent-color);
      font-weight: 600;
    }
    .modes button:focus-visible {
      outline-offset: -3px;
    }
    .pair {
      display: grid;
      grid-template-columns: 1fr auto;
      grid-template-rows: auto auto;
      gap: 0.35em 0.4em;
      margin-top: 0.6em;
      align-items: center;
    }
    .pair label {
      display: flex;
      gap: 0.4em;
      align-items: center;
      grid-column: 1;
      min-width: 0;
    }
    .pair select {
      flex: 1;
      min-width: 0;
      padding: 0.25em;
      border-radius: 6px;
      border: 1px solid var(--km-border-color-ui);
      background: var(--km-card-bg);
    }
    .swap {
      grid-column: 2;
      grid-row: 1 / span 2;
      border: 1px solid var(--km-border-color-ui);
      background: var(--km-card-bg);
      border-radius: 6px;
      padding: 0.3em 0.5em;
      cursor: pointer;
    }
    .key {
      display: inline-block;
      min-width: 1.4em;
      text-align: center;
      border-radius: 4px;
      font-weight: 700;
      font-size: 0.8em;
      color: #fff;
      padding: 0 0.2em;
    }
    .key.a {
      background: var(--km-diff-a-color);
    }
    .key.b {
      background: var(--km-diff-b-color);
    }

    /* stage: the maps and what floats over them */
    .stage {
      position: relative;
      min-width: 0;
      overflow: hidden;
      display: grid;
      grid-template-rows: minmax(0, 1fr) auto;
    }
    .map-area {
      position: relative;
      min-height: 0;
      overflow: hidden;
    }
    .map {
      position: absolute;
      inset: 0;
    }
    .map-top {
      pointer-events: none;
    }
    .divider {
      position: absolute;
      top: 0;
      bottom: 0;
      width: 0;
      z-index: 2;
      border-left: 2px solid var(--km-panel-bg);
      box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.35);
    }
    .handle {
      position: absolute;
      top: 50%;
      left: 0;
      transform: translate(-50%, -50%);
      background: var(--km-panel-bg);
      color: var(--km-text-color);
      border-radius: 999px;
      padding: 0.35em 0.55em;
      box-shadow: var(--km-shadow);
      cursor: ew-resize;
      font-size: 0.8em;
      touch-action: none;
      user-select: none;
      white-space: nowrap;
    }
    .side-label {
      position: absolute;
      top: 0.7em;
      z-index: 2;
      background: var(--km-panel-bg);
      border-radius: 6px;
      padding: 0.2em 0.5em;
      box-shadow: var(--km-shadow);
      font-size: 0.85em;
      max-width: 40%;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .side-label.left {
      left: 0.7em;
    }
    .side-label.right {
      right: 4.8em;
    }
    .drawer-toggle {
      display: none;
      position: absolute;
      top: 0.7em;
      left: 0.7em;
      z-index: 2;
      border: 0;
      border-radius: 6px;
      padding: 0.35em 0.7em;
      background: var(--km-panel-bg);
      box-shadow: var(--km-shadow);
      cursor: pointer;
    }
    .legend {
      position: absolute;
      left: 0.7em;
      bottom: 2.4em;
      z-index: 1;
      max-height: calc(100% - 3.4em);
      max-width: 17em;
      overflow: auto;
    }
    .details {
      position: absolute;
      top: 0.7em;
      right: 4.8em;
      width: min(22em, calc(100% - 6em));
      max-height: calc(100% - 7.5em);
      overflow: auto;
      z-index: 2;
      background: var(--km-panel-bg);
      box-shadow: var(--km-shadow);
      border-radius: 8px;
      padding: 0.7em 0.9em;
    }
    .timeline {
      background: var(--km-sidebar-bg);
      border-top: 1px solid var(--km-border-color-ui);
      padding: 0.35em 0.8em 0.45em;
    }
    .status {
      position: absolute;
      top: 0.7em;
      left: 50%;
      transform: translateX(-50%);
      z-index: 4;
      display: grid;
      gap: 0.3em;
      max-width: 80%;
    }
    .status > span {
      background: var(--km-panel-bg);
      box-shadow: var(--km-shadow);
      border-radius: 6px;
      padding: 0.3em 0.7em;
    }
    .status .error {
      color: var(--km-error-color);
      border-left: 3px solid var(--km-error-color);
    }
    .dismiss {
      border: 0;
      background: none;
      cursor: pointer;
      margin-left: 0.4em;
    }

  `,
  controlStyles,
];
