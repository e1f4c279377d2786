import { css, unsafeCSS } from 'lit';
import { INSIDE_COLOR, OUTSIDE_COLOR } from '../shared/marker-colors.styles.ts';

export const styles = css`
  :host {
    display: block;
    font: var(--km-font, 14px/1.4 system-ui, sans-serif);
    color: var(--km-details-color, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  .empty {
    color: var(--km-muted-color, #666);
    margin: 0;
  }
  header {
    display: flex;
    align-items: start;
    gap: 0.5em;
  }
  h2 {
    font-size: 1.1em;
    margin: 0 0 0.25em;
    flex: 1;
  }
  .at-point ul {
    list-style: none;
    margin: 0.2em 0 0.5em;
    padding: 0;
    max-height: 9em;
    overflow: auto;
  }
  .at-point button {
    font: inherit;
    font-size: 0.9em;
    color: var(--km-link-color, #1a5fb4);
    background: none;
    border: 0;
    padding: 0.1em 0;
    text-align: left;
    cursor: pointer;
  }
  .at-point button[aria-current='true'] {
    color: inherit;
    font-weight: 600;
  }
  .at-point button:focus-visible {
    outline: 2px solid var(--km-focus-color, #1a73e8);
  }
  .position {
    margin: 0.1em 0 0.5em;
  }
  .position .note {
    display: block;
  }
  button.collapse,
  button.close {
    border: 0;
    background: none;
    font: inherit;
    font-size: 1.2em;
    line-height: 1;
    cursor: pointer;
    color: inherit;
    padding: 0.1em 0.3em;
    border-radius: 4px;
  }
  button.collapse:focus-visible,
  button.close:focus-visible {
    outline: 2px solid var(--km-focus-color, #1a73e8);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2em 0.75em;
    margin: 0.5em 0;
  }
  dt {
    color: var(--km-muted-color, #666);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .uncertain {
    font-size: 0.8em;
    border: 1px dashed currentColor;
    border-radius: 3px;
    padding: 0 0.3em;
    margin-left: 0.3em;
    color: var(--km-uncertain-color, #9a5b00);
    white-space: nowrap;
  }
  .note {
    display: block;
    font-size: 0.9em;
    color: var(--km-muted-color, #666);
  }
  p.summary {
    margin: 0.5em 0;
  }
  h3 {
    font-size: 0.95em;
    margin: 0.75em 0 0.25em;
  }
  ul.sources {
    margin: 0;
    padding-left: 1.2em;
  }
  a {
    color: var(--km-link-color, #1a5fb4);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.95em;
  }
  th,
  td {
    text-align: left;
    padding: 0.2em 0.4em 0.2em 0;
    border-bottom: 1px solid var(--km-rule-color, rgba(127, 127, 127, 0.3));
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  tr.active th {
    font-weight: 700;
  }
  .badge {
    display: inline-block;
    padding: 0 0.35em;
    border-radius: 3px;
    font-size: 0.9em;
    white-space: nowrap;
  }
  .badge.inside {
    background: ${unsafeCSS(INSIDE_COLOR)};
    color: light-dark(#fff, #111);
  }
  .badge.outside {
    background: transparent;
    color: inherit;
    box-shadow: inset 0 0 0 2px ${unsafeCSS(OUTSIDE_COLOR)};
  }
`;
