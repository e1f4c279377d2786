// The dark theme's custom properties, set on :host by the element's styles (theme="dark", or auto in a dark
// colour scheme).
import { css } from 'lit';

export const dark = css`
  --km-bg: #14191d;
  --km-panel-bg: rgba(28, 34, 39, 0.96);
  --km-sidebar-bg: #181e22;
  --km-card-bg: #1e252a;
  --km-text-color: #e4e8ea;
  --km-muted-color: #9aa5ac;
  --km-border-color-ui: rgba(255, 255, 255, 0.12);
  --km-rule-color: rgba(255, 255, 255, 0.14);
  --km-accent-color: #6cb0ff;
  /* text on the accent colour: white on the light theme's dark blue, near black on the dark theme's light blue */
  --km-on-accent-color: #0b1a2b;
  --km-link-color: #8cc4ff;
  --km-focus-color: #8cc4ff;
  --km-error-color: #ff8a80;
  --km-shadow: 0 1px 6px rgba(0, 0, 0, 0.6);
  --km-diff-a-color: #2a9c88;
  --km-diff-b-color: #d9482f;
  color-scheme: dark;
`;
