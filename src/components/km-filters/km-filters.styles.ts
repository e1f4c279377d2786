import { css, unsafeCSS } from 'lit';
import { INSIDE_COLOR, OUTSIDE_COLOR } from '../shared/marker-colors.styles.ts';

export const styles = css`
  :host {
    display: block;
    font: var(--km-font, 13px/1.3 system-ui, sans-serif);
    color: inherit;
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    align-items: flex-start;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.2em;
  }
  label {
    display: flex;
    align-items: center;
    gap: 0.3em;
    white-space: nowrap;
  }
  .countries {
    max-height: var(--km-filters-countries-height, 9em);
    overflow-y: auto;
    padding-right: 0.5em;
  }
  .count {
    color: var(--km-muted-color, #666);
    font-variant-numeric: tabular-nums;
  }
  input,
  button {
    font: inherit;
    accent-color: var(--km-accent-color, #1a5fb4);
  }
  button.all {
    background: none;
    border: 0;
    padding: 0;
    color: var(--km-link-color, #1a5fb4);
    text-decoration: underline;
    cursor: pointer;
    font-size: 0.9em;
  }
  input:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--km-focus-color, #1a73e8);
    outline-offset: 1px;
  }
  .swatch {
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    box-sizing: border-box;
  }
  .swatch.inside {
    background: ${unsafeCSS(INSIDE_COLOR)};
  }
  .swatch.outside {
    border: 2px solid ${unsafeCSS(OUTSIDE_COLOR)};
    background: #fff;
  }
`;
