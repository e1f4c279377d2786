// Drag and drop of files onto <khorasan-map>: a ReactiveController that shows a hint over the map while
// files are dragged over the element and hands dropped files on. Other drags (text, links) are left alone.
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export class DropTarget implements ReactiveController {
  dragging = false;
  #depth = 0;

  constructor(
    private readonly host: Host,
    private readonly onFiles: (files: FileList) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('dragenter', this.#onDragEnter);
    this.host.addEventListener('dragover', this.#onDragOver);
    this.host.addEventListener('dragleave', this.#onDragLeave);
    this.host.addEventListener('drop', this.#onDrop);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('dragenter', this.#onDragEnter);
    this.host.removeEventListener('dragover', this.#onDragOver);
    this.host.removeEventListener('dragleave', this.#onDragLeave);
    this.host.removeEventListener('drop', this.#onDrop);
  }

  /** The hint over the map while files are dragged over the element. */
  renderOverlay(): TemplateResult | typeof nothing {
    if (!this.dragging) return nothing;
    return html`<div
      class="drop-overlay"
      part="drop-zone"
      aria-hidden="true"
      style="position:absolute;inset:8px;z-index:5;display:flex;align-items:center;justify-content:center;border:3px dashed var(--km-accent-color,#0f62c0);border-radius:8px;background:color-mix(in srgb, var(--km-panel-bg,#fff) 70%, transparent);pointer-events:none;font-weight:600;font-size:1.1em"
    >
      <span>Drop CSV, GeoJSON, TopoJSON or KML to import</span>
    </div>`;
  }

  #setDragging(on: boolean): void {
    if (this.dragging === on) return;
    this.dragging = on;
    this.host.requestUpdate();
  }

  #hasFiles(e: DragEvent): boolean {
    return Array.from(e.dataTransfer?.types ?? []).includes('Files');
  }

  #onDragEnter = (e: DragEvent) => {
    if (!this.#hasFiles(e)) return;
    e.preventDefault();
    this.#depth++;
    this.#setDragging(true);
  };

  #onDragOver = (e: DragEvent) => {
    if (!this.#hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };

  #onDragLeave = (e: DragEvent) => {
    if (!this.#hasFiles(e)) return;
    this.#depth = Math.max(0, this.#depth - 1);
    if (this.#depth === 0) this.#setDragging(false);
  };

  #onDrop = (e: DragEvent) => {
    if (!this.#hasFiles(e)) return;
    e.preventDefault();
    this.#depth = 0;
    this.#setDragging(false);
    const files = e.dataTransfer?.files;
    if (files?.length) this.onFiles(files);
  };
}
