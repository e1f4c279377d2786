import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font: var(--km-font, 14px/1.4 system-ui, sans-serif);
  }
  .ways {
    display: flex;
    align-items: center;
    gap: 0.6em;
    flex-wrap: wrap;
  }
  .button.file {
    position: relative;
    display: inline-block;
    padding: 0.3em 0.8em;
    border: 1px solid var(--km-accent-color, #0f62c0);
    border-radius: 4px;
    color: var(--km-accent-color, #0f62c0);
    cursor: pointer;
    font-weight: 500;
  }
  .button.file:focus-within {
    outline: 2px solid var(--km-focus-color, #1a73e8);
    outline-offset: 2px;
  }
  .button.file input {
    position: absolute;
    inset: 0;
    opacity: 0;
    width: 100%;
    cursor: pointer;
  }
  .hint {
    color: var(--km-muted-color, #666);
    font-size: 0.85em;
    margin: 0.4em 0;
  }
  .url {
    display: flex;
    gap: 0.4em;
    margin-top: 0.5em;
  }
  .url input {
    flex: 1;
    min-width: 0;
    font: inherit;
    padding: 0.2em 0.4em;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .progress {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.2em 0.6em;
    align-items: center;
    margin: 0.6em 0;
  }
  .progress-label {
    grid-column: 1 / -1;
    display: flex;
    justify-content: space-between;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  progress {
    width: 100%;
  }
  .error {
    color: var(--km-error-color, #b00020);
    margin: 0.5em 0;
  }
  .report {
    margin: 0.6em 0;
    padding: 0.5em 0.6em;
    border: 1px solid var(--km-border-color-ui, rgba(0, 0, 0, 0.12));
    border-radius: 4px;
    background: var(--km-card-bg, #fff);
  }
  .report p {
    margin: 0 0 0.3em;
  }
  .rejected-count {
    color: var(--km-error-color, #b00020);
  }
  .notes {
    margin: 0.2em 0 0.4em;
    padding-left: 1.2em;
    font-size: 0.85em;
    color: var(--km-muted-color, #666);
    overflow-wrap: anywhere;
  }
  table.rejected {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.85em;
    display: block;
    max-height: 12em;
    overflow: auto;
  }
  table.rejected caption {
    text-align: left;
    color: var(--km-muted-color, #666);
  }
  table.rejected td,
  table.rejected th {
    text-align: left;
    padding: 0.1em 0.4em 0.1em 0;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    gap: 0.5em;
    justify-content: flex-end;
    margin-top: 0.4em;
  }
  .datasets {
    list-style: none;
    padding: 0;
    margin: 0.6em 0 0.3em;
  }
  .dataset {
    display: grid;
    grid-template-columns: auto 1fr auto auto;
    align-items: center;
    gap: 0.4em;
    padding: 0.15em 0;
  }
  .dataset .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .dataset .count {
    font-size: 0.85em;
    color: var(--km-muted-color, #666);
    font-variant-numeric: tabular-nums;
  }
  .dataset .kind {
    width: 13px;
    text-align: center;
  }
  .remove {
    border: none;
    background: none;
    font-size: 1.1em;
    line-height: 1;
    padding: 0 0.3em;
    color: var(--km-muted-color, #666);
  }
  .clear {
    font-size: 0.85em;
  }
  dialog {
    max-width: min(92vw, 760px);
    border: 1px solid var(--km-border-color-ui, rgba(0, 0, 0, 0.2));
    border-radius: 6px;
    background: var(--km-card-bg, #fff);
    color: var(--km-text-color, #1f2328);
    font: var(--km-font, 14px/1.4 system-ui, sans-serif);
  }
  dialog h2 {
    font-size: 1.1em;
    margin: 0 0 0.4em;
  }
  .roles {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin: 0.6em 0;
  }
  .role {
    display: flex;
    flex-direction: column;
    font-size: 0.85em;
  }
  .preview {
    overflow: auto;
    max-height: 14em;
    border: 1px solid var(--km-border-color-ui, rgba(0, 0, 0, 0.12));
  }
  .preview table {
    border-collapse: collapse;
    font-size: 0.8em;
  }
  .preview th,
  .preview td {
    padding: 0.15em 0.5em;
    border-bottom: 1px solid var(--km-border-color-ui, rgba(0, 0, 0, 0.1));
    white-space: nowrap;
    max-width: 16em;
    overflow: hidden;
    text-overflow: ellipsis;
    text-align: left;
  }
  .primary {
    background: var(--km-accent-color, #0f62c0);
    color: var(--km-on-accent-color, #fff);
    border: 1px solid transparent;
    border-radius: 4px;
    padding: 0.2em 0.9em;
  }
`;
