// A map control (top right, under the view presets) with a "Share" button that opens <km-share> with the
// host element's current state. The dialog lives inside the control, so it belongs to that one map.
import type { IControl } from 'maplibre-gl';
import type { MapState } from '../../state/map-state.ts';
import { KmShare } from './km-share.ts';
import { defaultScriptUrl, SETTING_ATTRIBUTES } from './share-links.ts';

export interface ShareHost extends HTMLElement {
  readonly state: MapState;
  readonly urlState: boolean;
}

export class ShareControl implements IControl {
  #container: HTMLElement | undefined;
  readonly dialog = new KmShare();

  constructor(private readonly host: ShareHost) {}

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
    button.addEventListener('click', () => this.open());
    container.append(button, this.dialog);
    this.#container = container;
    return container;
  }

  onRemove(): void {
    this.dialog.close();
    this.#container?.remove();
  }

  /** Fills the dialog with the host's current state and settings, and opens it. */
  open(): Promise<void> {
    const settings: Record<string, string | null> = {};
    for (const name of SETTING_ATTRIBUTES) settings[name] = this.host.getAttribute(name);
    this.dialog.state = this.host.state;
    this.dialog.settings = settings;
    this.dialog.scriptUrl = defaultScriptUrl(import.meta.url, document.baseURI);
    this.dialog.pageUrl = this.host.urlState ? location.href : '';
    return this.dialog.show();
  }
}
