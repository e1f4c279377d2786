import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DEFAULT_STATE, type MapState } from '../../state/map-state.ts';
import { iframeSnippet, permalink, type ShareInput, scriptSnippet } from '../../state/share-links.ts';
import { emit } from '../events.ts';
import { styles } from './km-share.styles.ts';

type Kind = 'link' | 'iframe' | 'script';

const LABELS: Record<Kind, string> = {
  link: 'Link',
  iframe: 'Embed with an iframe',
  script: 'Embed with a script tag',
};

/**
 * The Share / Embed dialog: a link to the current view, an iframe snippet and a script-tag snippet, each
 * with a copy button (the clipboard API, or selecting the text when it is not available).
 *
 * It receives the state as a property and never changes the map.
 *
 * @summary The Share / Embed dialog.
 *
 * @event km-copy - A snippet was copied. `detail: { kind: 'link' | 'iframe' | 'script', text: string }`.
 *
 * @csspart dialog - The dialog box.
 * @csspart copy-button - Each copy button.
 *
 * @cssproperty --km-card-bg - Background of the dialog.
 * @cssproperty --km-text-color - Text colour.
 * @cssproperty --km-accent-color - Copy buttons.
 *
 * @attr script-url - Absolute URL of khorasan-map.js (embed.html is looked for next to it).
 * @attr page-url - The page the map is on, when it keeps its state in the URL hash; the link then points to it.
 */
export class KmShare extends LitElement {
  static override styles = styles;

  /** The state to share. */
  @property({ attribute: false }) state: MapState = DEFAULT_STATE;
  /** Setting attributes of the shared element (controls, theme, events-src, …). */
  @property({ attribute: false }) settings: Record<string, string | null> = {};
  @property({ attribute: 'script-url' }) scriptUrl = '';
  @property({ attribute: 'page-url' }) pageUrl = '';

  @state() private message = '';
  @query('dialog') private dialog!: HTMLDialogElement;

  /** Opens the dialog (modal). */
  async show(): Promise<void> {
    this.message = '';
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
  }

  close(): void {
    this.dialog?.close();
  }

  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  #input(): ShareInput {
    return {
      state: this.state,
      settings: this.settings,
      scriptUrl: this.scriptUrl || new URL('/khorasan-map.js', document.baseURI).href,
      pageUrl: this.pageUrl || undefined,
    };
  }

  async #copy(kind: Kind): Promise<void> {
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[data-kind="${kind}"]`);
    if (!field) return;
    const text = field.value;
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      // No clipboard permission (e.g. an iframe without clipboard-write): select the text instead.
      field.focus();
      field.select();
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
    }
    this.message = copied
      ? `${LABELS[kind]}: copied.`
      : `${LABELS[kind]}: the text is selected; press Ctrl+C (⌘C on a Mac) to copy it.`;
    if (copied) emit(this, 'km-copy', { kind, text });
  }

  #block(kind: Kind, text: string, hint: string, rows: number) {
    const id = `share-${kind}`;
    return html`<div class="block">
      <label for=${id}>${LABELS[kind]}</label>
      ${hint ? html`<p class="hint">${hint}</p>` : nothing}
      <div class="row">
        <textarea id=${id} data-kind=${kind} rows=${rows} readonly spellcheck="false" .value=${text}
          @focus=${(e: FocusEvent) => (e.target as HTMLTextAreaElement).select()}></textarea>
        <button type="button" class="copy" part="copy-button" @click=${() => this.#copy(kind)}>Copy</button>
      </div>
    </div>`;
  }

  override render() {
    const input = this.#input();
    const script = scriptSnippet(input);
    return html`<dialog part="dialog" aria-labelledby="share-title" @close=${() => (this.message = '')}>
      <div class="head">
        <h2 id="share-title">Share or embed this map</h2>
        <button type="button" class="close" aria-label="Close" @click=${() => this.close()}>×</button>
      </div>
      ${this.#block('link', permalink(input), 'Opens this view: boundaries, mode, filters, selection and position.', 2)}
      ${this.#block(
        'iframe',
        iframeSnippet(input),
        'Works in any page or CMS. The frame reports its height to the page (see the docs for the listener).',
        3,
      )}
      ${this.#block(
        'script',
        script.code,
        script.lossy
          ? 'One script and the element, for pages you control. The type, attribution, country and inside/outside filters and opacities have no attribute: use the link or the iframe to keep them.'
          : 'One script and the element, for pages you control. Host khorasan-map.js and its khorasan-map-assets folder yourself for offline use.',
        6,
      )}
      <p class="status" role="status" aria-live="polite">${this.message}</p>
    </dialog>`;
  }
}

if (!customElements.get('km-share')) customElements.define('km-share', KmShare);

declare global {
  interface HTMLElementTagNameMap {
    'km-share': KmShare;
  }
}
