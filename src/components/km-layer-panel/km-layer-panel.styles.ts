import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font: var(--km-font, 14px/1.4 system-ui, sans-serif);
  }
  .empty,
  .small,
  .line-note {
    color: var(--km-muted-color, #666);
    font-size: 0.85em;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.45em;
  }
  .item {
    padding: 0.45em 0.6em;
    border: 1px solid var(--km-border-color-ui, rgba(0, 0, 0, 0.12));
    border-radius: 8px;
    background: var(--km-card-bg, transparent);
  }
  /* an unticked boundary: its name in the muted colour (readable, unlike a faded one), its swatch faded */
  .item[data-off] .name {
    color: var(--km-muted-color, #5d6166);
  }
  .item[data-off] .swatch {
    opacity: 0.55;
  }
  .row {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .name {
    font-weight: 600;
    cursor: pointer;
  }
  .swatch {
    flex: none;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    align-items: center;
    margin: 0.3em 0 0 1.9em;
  }
  .badge {
    font-size: 0.75em;
    padding: 0.05em 0.5em;
    border-radius: 999px;
    border: 1px solid currentColor;
    line-height: 1.5;
  }
  .badge.kind-claim {
    background: var(--km-badge-claim-bg, transparent);
  }
  .badge.kind-historical {
    background: var(--km-badge-historical-bg, transparent);
  }
  .badge.uncertain {
    background: var(--km-badge-uncertain-bg, transparent);
    border-style: dashed;
  }
  .note {
    margin: 0 0 0.6em;
  }
  .controls {
    display: grid;
    grid-template-columns: auto 1fr 3.2em auto;
    align-items: center;
    gap: 0.5em;
    margin: 0.3em 0 0 1.9em;
  }
  input[type='range'] {
    width: 100%;
    accent-color: var(--km-accent-color, #1a73e8);
  }
  output {
    text-align: right;
  }
  .active {
    display: flex;
    gap: 0.25em;
    align-items: center;
    cursor: pointer;
  }
  .about {
    margin: 0.3em 0 0 1.9em;
  }
  summary {
    cursor: pointer;
    color: var(--km-link-color, #1a5fb4);
    font-size: 0.9em;
  }
  .definition,
  .derivation {
    margin: 0.4em 0;
  }
  h4 {
    margin: 0.6em 0 0.2em;
    font-size: 0.8em;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--km-muted-color, #666);
  }
  .sources,
  .notes {
    margin: 0.3em 0;
    padding-left: 1.1em;
  }
  .sources li {
    margin-bottom: 0.25em;
  }
  a {
    color: var(--km-link-color, #1a5fb4);
  }
  input:focus-visible,
  summary:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--km-focus-color, #1a73e8);
    outline-offset: 2px;
  }
`;
