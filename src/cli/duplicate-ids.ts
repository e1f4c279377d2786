/**
 * The first line of every id seen, to warn about repeated ids, in memory outside the JS heap (12 bytes an
 * id in typed arrays, whatever the ids' length), so that a file of any length streams through a small heap.
 * Ids are told apart by a 64-bit hash (two independent 32-bit hashes of the UTF-16 text): two different ids
 * get the same hash, and so a false warning, with odds of about n² / 2⁶⁵ for n ids (3 × 10⁻⁸ for a million).
 * Both CSV paths use this class, so they warn alike.
 */
export class IdRegistry {
  private capacity = 1 << 12;
  private size = 0;
  private high = new Uint32Array(this.capacity);
  private low = new Uint32Array(this.capacity);
  /** The first line of the id in the slot; 0 marks an empty slot (lines start at 1). */
  private lines = new Int32Array(this.capacity);

  /** Records `id` as seen on `line`; returns the line it was first seen on when it was seen before. */
  see(id: string, line: number): number | undefined {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c ^ id.length;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h1 >>>= 0;
    h2 = (h2 ^ (h2 >>> 13)) >>> 0;
    const mask = this.capacity - 1;
    for (let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask; ; slot = (slot + 1) & mask) {
      const first = this.lines[slot];
      if (first === 0) {
        this.high[slot] = h1;
        this.low[slot] = h2;
        this.lines[slot] = line;
        if (++this.size * 2 > this.capacity) this.grow();
        return undefined;
      }
      if (this.high[slot] === h1 && this.low[slot] === h2) return first;
    }
  }

  private grow(): void {
    const { high, low, lines } = this;
    this.capacity *= 2;
    this.high = new Uint32Array(this.capacity);
    this.low = new Uint32Array(this.capacity);
    this.lines = new Int32Array(this.capacity);
    const mask = this.capacity - 1;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i] === 0) continue;
      let slot = (high[i] ^ Math.imul(low[i], 0x9e3779b1)) & mask;
      while (this.lines[slot] !== 0) slot = (slot + 1) & mask;
      this.high[slot] = high[i];
      this.low[slot] = low[i];
      this.lines[slot] = lines[i];
    }
  }
}
