import { css } from 'lit';

export const styles = css`
  :host {
    display: contents;
  }
  dialog {
    font: var(--km-font, 14px/1.45 system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif);
    color: var(--km-text-color, #1f2328);
    background: var(--km-card-bg, #fff);
    border: 1px solid var(--km-border-color-ui, rgba(0, 0, 0, 0.12));
    border-radius: 10px;
    box-shadow: 0 8px 32px rgba(0, 0, 0, 0.35);
    padding: 1em 1.2em 1.2em;
    width: min(40em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    box-sizing: border-box;
    text-align: left;
  }
  dialog::backdrop {
    background: rgba(0, 0, 0, 0.35);
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1em;
    margin-bottom: 0.6em;
  }
  h2 {
    font-size: 1.1em;
    margin: 0;
  }
  .block {
    margin: 0.9em 0 0;
  }
  label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .hint {
    color: var(--km-muted-color, #5d6166);
    font-size: 0.88em;
    margin: 0.2em 0 0.35em;
  }
  .row {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }
  textarea {
    flex: 1;
    box-sizing: border-box;
    min-width: 0;
    font: 12px/1.4 ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    color: inherit;
    background: var(--km-bg, #f4f2ed);
    border: 1px solid var(--km-border-color-ui, rgba(0, 0, 0, 0.12));
    border-radius: 6px;
    padding: 0.45em 0.55em;
    resize: vertical;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    border-radius: 6px;
    border: 1px solid var(--km-border-color-ui, rgba(0, 0, 0, 0.2));
    background: var(--km-sidebar-bg, #fbfaf7);
    padding: 0.35em 0.8em;
  }
  button.copy {
    background: var(--km-accent-color, #0f62c0);
    border-color: transparent;
    color: var(--km-on-accent-color, #fff);
    white-space: nowrap;
  }
  button:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--km-focus-color, #1a73e8);
    outline-offset: 2px;
  }
  .status {
    min-height: 1.4em;
    margin: 0.8em 0 0;
    color: var(--km-muted-color, #5d6166);
    font-size: 0.9em;
  }
`;
