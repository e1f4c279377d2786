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
  /* the handles' centres span the rail: histogram, fill and ticks are inset by half a handle to match */
  .track {
    --_thumb: 16px;
    position: relative;
    margin-top: 0.4em;
  }
  svg.histogram,
  .rail,
  .axis {
    margin: 0 calc(var(--_thumb) / 2);
  }
  svg.histogram {
    display: block;
    width: calc(100% - var(--_thumb));
    height: 28px;
  }
  .sliders {
    position: relative;
    height: var(--_thumb);
  }
  .rail {
    position: absolute;
    inset: calc(50% - 2px) 0 auto;
    height: 4px;
    border-radius: 2px;
    background: var(--km-histogram-color, rgba(127, 127, 127, 0.45));
  }
  .fill {
    position: absolute;
    top: 0;
    bottom: 0;
    background: var(--km-accent-color, #1a5fb4);
    border-radius: 2px;
  }
  svg.histogram rect {
    fill: var(--km-histogram-color, rgba(127, 127, 127, 0.45));
  }
  svg.histogram rect.in {
    fill: var(--km-accent-color, #1a5fb4);
  }
  /* two native range inputs on one rail: only their handles take the pointer */
  input[type='range'] {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    background: transparent;
    appearance: none;
    pointer-events: none;
  }
  input[type='range']::-webkit-slider-runnable-track {
    background: transparent;
  }
  input[type='range']::-moz-range-track {
    background: transparent;
  }
  input[type='range']::-webkit-slider-thumb {
    appearance: none;
    pointer-events: auto;
    width: var(--_thumb);
    height: var(--_thumb);
    border-radius: 50%;
    background: var(--km-accent-color, #1a5fb4);
    border: 2px solid var(--km-panel-bg, #fff);
    box-shadow: 0 0 0 1px var(--km-accent-color, #1a5fb4);
    cursor: ew-resize;
  }
  input[type='range']::-moz-range-thumb {
    pointer-events: auto;
    width: var(--_thumb);
    height: var(--_thumb);
    border-radius: 50%;
    background: var(--km-accent-color, #1a5fb4);
    border: 2px solid var(--km-panel-bg, #fff);
    cursor: ew-resize;
  }
  /* the focus ring around the focused handle, not the whole (rail-wide) input */
  input[type='range']:focus-visible {
    outline: none;
  }
  input[type='range']:focus-visible::-webkit-slider-thumb {
    box-shadow: 0 0 0 3px var(--km-focus-color, #1a73e8);
  }
  input[type='range']:focus-visible::-moz-range-thumb {
    box-shadow: 0 0 0 3px var(--km-focus-color, #1a73e8);
  }
  input.start::-webkit-slider-thumb {
    border-radius: 3px;
  }
  input.start:disabled::-webkit-slider-thumb {
    display: none;
  }
  .axis {
    position: relative;
    height: 1.3em;
    font-size: 0.85em;
    color: var(--km-muted-color, #666);
  }
  /* a tick at 1 January, its year to the right of it */
  .axis span {
    position: absolute;
    top: 0;
    padding-left: 3px;
    border-left: 1px solid var(--km-rule-color, rgba(127, 127, 127, 0.5));
    line-height: 1.2;
  }
  .current {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
`;
