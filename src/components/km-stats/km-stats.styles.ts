import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font: var(--km-font, 14px/1.4 system-ui, sans-serif);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    margin-bottom: 0.8em;
  }
  caption {
    text-align: left;
    font-size: 0.85em;
    color: var(--km-muted-color, #666);
    padding-bottom: 0.3em;
  }
  th,
  td {
    padding: 0.2em 0.3em;
    border-bottom: 1px solid var(--km-border-color-ui, rgba(0, 0, 0, 0.1));
  }
  th {
    text-align: left;
    font-weight: 500;
  }
  thead th {
    font-size: 0.85em;
    color: var(--km-muted-color, #666);
  }
  td {
    text-align: right;
    white-space: nowrap;
  }
  .key {
    display: inline-block;
    min-width: 1.3em;
    text-align: center;
    border-radius: 4px;
    font-weight: 700;
    font-size: 0.8em;
    color: #fff;
  }
  .key.a {
    background: var(--km-diff-a-color, #0f7b6c);
  }
  .key.b {
    background: var(--km-diff-b-color, #c2331d);
  }
  .pending {
    color: var(--km-muted-color, #666);
  }
  .error {
    color: var(--km-error-color, #b00020);
    font-size: 0.85em;
  }
  abbr {
    text-decoration: underline dotted;
    cursor: help;
  }
`;
