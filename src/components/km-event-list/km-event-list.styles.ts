import { css, unsafeCSS } from 'lit';
import { INSIDE_COLOR, OUTSIDE_COLOR } from '../shared/marker-colors.styles.ts';

export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    height: var(--km-event-list-height, 320px);
    font: var(--km-font, 13px/1.3 system-ui, sans-serif);
    color: inherit;
    --_row: var(--km-event-list-row-height, 30px);
    --_cols: 6.3em minmax(4em, 1fr) 3.8em 5.6em;
  }
  /* The grid is the scroll container: it is focusable, so keyboard users reach and scroll it. */
  .grid {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    outline: none;
    border: 1px solid var(--km-rule-color, rgba(127, 127, 127, 0.35));
    border-radius: 4px;
    box-sizing: border-box;
  }
  .grid:focus-visible {
    outline: 2px solid var(--km-focus-color, #1a73e8);
    outline-offset: 1px;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_cols);
    align-items: center;
    height: var(--_row);
    box-sizing: border-box;
    padding: 0 0.25em;
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--km-sidebar-bg, Canvas);
    font-weight: 600;
    border-bottom: 1px solid var(--km-rule-color, rgba(127, 127, 127, 0.35));
  }
  .head button {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0.2em 0.25em;
    cursor: pointer;
    text-align: left;
    width: 100%;
    border-radius: 3px;
  }
  .head button:focus-visible {
    outline: 2px solid var(--km-focus-color, #1a73e8);
  }
  .head [aria-sort] button::after {
    content: ' ▲';
    font-size: 0.75em;
  }
  .head [aria-sort='descending'] button::after {
    content: ' ▼';
  }
  .viewport {
    position: relative;
  }
  .spacer {
    position: relative;
    width: 100%;
  }
  .body .row {
    position: absolute;
    left: 0;
    right: 0;
    cursor: pointer;
    border-bottom: 1px solid var(--km-row-rule-color, rgba(127, 127, 127, 0.12));
  }
  .body .row:hover {
    background: var(--km-row-hover-background, rgba(127, 127, 127, 0.1));
  }
  .body .row.active {
    box-shadow: inset 3px 0 0 var(--km-focus-color, #1a73e8);
    background: var(--km-row-active-background, rgba(26, 115, 232, 0.1));
  }
  .body .row[aria-selected='true'] {
    background: var(--km-row-selected-background, rgba(26, 115, 232, 0.22));
    font-weight: 600;
  }
  .cell {
    padding: 0 0.25em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .inside::before,
  .outside::before {
    content: '';
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    border-radius: 50%;
    margin-right: 0.3em;
    vertical-align: -0.05em;
    box-sizing: border-box;
  }
  .inside::before {
    background: ${unsafeCSS(INSIDE_COLOR)};
  }
  .outside::before {
    border: 2px solid ${unsafeCSS(OUTSIDE_COLOR)};
    background: #fff;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .empty {
    padding: 0.75em;
    color: var(--km-muted-color, #666);
  }
  .count {
    flex: none;
    font-size: 0.9em;
    padding: 0.2em 0.5em;
    color: var(--km-muted-color, #666);
    border-top: 1px solid var(--km-rule-color, rgba(127, 127, 127, 0.35));
  }
`;
