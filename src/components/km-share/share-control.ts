// A map control (top right, under the view presets) with a "Share" button that opens <km-share> with the
// host element's current state. The dialog lives inside the control, so it belongs to that one map. Its
// code is fetched on the first click: most readers never open it.
import type { IControl } from 'maplibre-gl';
import type { MapState } from '../../state/map-state.ts';
import { defaultScriptUrl, SETTING_ATTRIBUTES } from '../../state/share-links.ts';
import type { KmShare } from './km-share.ts';

export interface ShareHost extends HTMLElement {
  readonly state: MapState;
  readonly urlState: boolean;
}

export class ShareControl implements IControl {
  #container: HTMLElement | undefined;
  #dialog: Promise<KmShare> | undefined;

  constructor(
    private readonly host: ShareHost,
    /** Shows a failure (the dialog's code could not be fetched) the way the host shows its errors. */
    private readonly report: (message: string, cause?: unknown) => void = console.error,
  ) {}

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    // km-presets: the same look as the Region / World buttons above it.
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group km-presets km-share-control';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'km-share-button';
    button.setAttribute('part', 'share-button');
    button.title = 'Share or embed this map';
    button.setAttribute('aria-haspopup', 'dialog');
    button.textContent = 'Share';
    button.addEventListener('click', () => {
      this.open().catch((error: unknown) =>
        this.report(`The share dialog could not be opened: ${(error as Error).message}`, error),
      );
    });
    container.append(button);
    this.#container = container;
    return container;
  }

  onRemove(): void {
    void this.#dialog?.then((dialog) => dialog.close());
    this.#container?.remove();
  }

  /** The dialog, created (and its module loaded) on first use. */
  dialog(): Promise<KmShare> {
    this.#dialog ??= import('./km-share.ts').then(({ KmShare }) => {
      const dialog = new KmShare();
      this.#container?.append(dialog);
      return dialog;
    });
    this.#dialog.catch(() => {
      this.#dialog = undefined;
    });
    return this.#dialog;
  }

  /** Fills the dialog with the host's current state and settings, and opens it. */
  async open(): Promise<void> {
    const settings: Record<string, string | null> = {};
    for (const name of SETTING_ATTRIBUTES) settings[name] = this.host.getAttribute(name);
    // The script URL is this module's (the bundle's), not the lazily loaded dialog's chunk.
    const scriptUrl = defaultScriptUrl(import.meta.url, document.baseURI);
    const dialog = await this.dialog();
    dialog.state = this.host.state;
    dialog.settings = settings;
    dialog.scriptUrl = scriptUrl;
    dialog.pageUrl = this.host.urlState ? location.href : '';
    return dialog.show();
  }
}
