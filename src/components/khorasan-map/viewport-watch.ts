// The map is created only when the element comes near the viewport: a page with maps further down
// downloads and draws nothing for them until the reader scrolls there.

/** Calls `onNear` once, when the element comes within 300px of the viewport (at once without the API). */
export class ViewportWatch {
  #element: Element;
  #onNear: () => void;
  #observer: IntersectionObserver | undefined;

  constructor(element: Element, onNear: () => void) {
    this.#element = element;
    this.#onNear = onNear;
  }

  /** Whether it is waiting for the element to come near. */
  get watching(): boolean {
    return this.#observer !== undefined;
  }

  watch(): void {
    if (typeof IntersectionObserver === 'undefined') {
      this.#onNear();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.stop();
          this.#onNear();
        }
      },
      { rootMargin: '300px' },
    );
    this.#observer.observe(this.#element);
  }

  stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
