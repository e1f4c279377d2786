import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font: var(--km-font, 12px/1.3 system-ui, sans-serif);
    color: inherit;
  }
  h3 {
    font-size: 1em;
    margin: 0 0 0.3em;
  }
  ul {
    list-style: none;
    margin: 0 0 0.5em;
    padding: 0;
  }
  li {
    display: flex;
    align-items: center;
    gap: 0.45em;
    min-height: 1.5em;
  }
  svg {
    flex: none;
    overflow: visible;
  }
  .sizes {
    display: flex;
    align-items: flex-end;
    gap: 0.6em;
  }
  .sizes figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.15em;
  }
  h4 {
    font-size: 1em;
    margin: 0.6em 0 0.2em;
  }
  .attributions {
    margin: 0;
  }
  .attributions dt {
    font-weight: 600;
  }
  .attributions dd {
    margin: 0 0 0.2em 0.8em;
  }
  .sizes figcaption {
    font-variant-numeric: tabular-nums;
  }
`;
