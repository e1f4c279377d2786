import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font: var(--km-font, 13px/1.3 system-ui, sans-serif);
    color: inherit;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.75em;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
  }
  input[type='date'],
  select {
    background: var(--km-input-background, transparent);
    border: 1px solid var(--km-rule-color, rgba(127, 127, 127, 0.5));
    border-radius: 4px;
    padding: 0.1em 0.25em;
  }
  button.play {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2.2em;
    height: 2.2em;
    border-radius: 50%;
    border: 1px solid var(--km-rule-color, rgba(127, 127, 127, 0.5));
    background: var(--km-accent-color, #1a5fb4);
    color: var(--km-on-accent-color, #fff);
    cursor: pointer;
    padding: 0;
  }
  button.play svg {
    width: 1em;
    height: 1em;
    fill: currentColor;
  }
  button.reset {
    background: none;
    border: 1px solid var(--km-rule-color, rgba(127, 127, 127, 0.5));
    border-radius: 4px;
    cursor: pointer;
    padding: 0.1em 0.5em;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--km-focus-color, #1a73e8);
    outline-offset: 1px;
  }
  .track {
    position: relative;
    margin-top: 0.4em;
  }
  svg.histogram {
    display: block;
    width: 100%;
    height: 28px;
  }
  svg.histogram rect {
    fill: var(--km-histogram-color, rgba(127, 127, 127, 0.45));
  }
  svg.histogram rect.in {
    fill: var(--km-accent-color, #1a5fb4);
  }
  input[type='range'] {
    display: block;
    width: 100%;
    margin: 0;
    accent-color: var(--km-accent-color, #1a5fb4);
  }
  .axis {
    display: flex;
    justify-content: space-between;
    font-size: 0.85em;
    color: var(--km-muted-color, #666);
  }
  .current {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
`;
