import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font: var(--km-font, 13px/1.3 system-ui, sans-serif);
    font-size: 0.86em;
    line-height: 1.3;
  }
  details {
    background: var(--km-panel-bg, rgba(255, 255, 255, 0.94));
    color: var(--km-text-color, inherit);
    border-radius: 8px;
    box-shadow: var(--km-shadow, 0 1px 4px rgba(0, 0, 0, 0.25));
    padding: 0.35em 0.7em;
    max-width: 17em;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  summary:focus-visible {
    outline: 2px solid var(--km-focus-color, #1a73e8);
    outline-offset: 2px;
  }
  .body {
    padding: 0.3em 0 0.2em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  .items {
    margin-top: 0.5em;
    padding-top: 0.5em;
    border-top: 1px solid var(--km-border-color-ui, rgba(0, 0, 0, 0.12));
  }
  li {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }
  .swatch {
    flex: none;
    margin-top: 0.05em;
  }
  .muted {
    color: var(--km-muted-color, #666);
  }
  .role {
    font-weight: 700;
  }
`;
