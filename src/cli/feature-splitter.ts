/** One element of the top-level "features" array: its JSON text and the 1-based line it starts on. */
export interface FeatureText {
  text: string;
  line: number;
}

/** What the top level of the document said, known once all of it has been pushed. */
export interface CollectionShape {
  /** The value of the top-level "type" member when it is a string. */
  type: string | undefined;
  /** Whether a top-level "features" array was seen. */
  hasFeatures: boolean;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/**
 * Cuts a GeoJSON FeatureCollection, pushed in chunks of any size, into the texts of its features, so a file
 * of any length is read one feature at a time. Aware of strings and escapes across chunk boundaries. Each
 * feature's text is left to JSON.parse; the top level is only followed far enough to find "type" and
 * "features" and to see that its brackets close.
 */
export class FeatureSplitter {
  private line = 1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** A top-level string being read (a member name or a string value), in pieces across chunks. */
  private topString: string[] | null = null;
  private lastTopString: string | null = null;
  /** The member whose value comes next, after its ":". */
  private pendingKey: string | null = null;
  private type: string | undefined;
  /** 2 while inside the features array; -1 before it, -2 after it. */
  private featuresDepth = -1;
  /** The open element's text so far (earlier chunks), or null between elements. */
  private element: string[] | null = null;
  private elementLine = 0;

  /** Feeds the next chunk; returns the features that ended in it. */
  push(chunk: string): FeatureText[] {
    const done: FeatureText[] = [];
    let elementStart = this.element ? 0 : -1;
    let stringStart = this.topString ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i];
      if (ch === '\n') this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (ch === '\\') this.escaped = true;
        else if (ch === '"') {
          this.inString = false;
          if (this.topString) {
            this.topString.push(chunk.slice(stringStart, i));
            this.endTopString(this.topString.join(''));
            this.topString = null;
            stringStart = -1;
          }
        }
        continue;
      }
      const inFeatures = this.depth === this.featuresDepth;
      if (inFeatures && !this.element && !WHITESPACE.has(ch) && ch !== ',' && ch !== ']') {
        this.element = [];
        this.elementLine = this.line;
        elementStart = i;
      }
      if (ch === '"') {
        this.inString = true;
        if (this.depth === 1) {
          this.topString = [];
          stringStart = i + 1;
        }
      } else if (ch === '{' || ch === '[') {
        if (this.depth === 1) {
          if (ch === '[' && this.pendingKey === 'features' && this.featuresDepth === -1)
            this.featuresDepth = 2;
          this.pendingKey = null;
        }
        this.depth++;
      } else if (ch === '}' || ch === ']') {
        if (inFeatures && ch === ']') {
          this.endElement(done, chunk.slice(elementStart, i));
          elementStart = -1;
          this.featuresDepth = -2;
        }
        this.depth--;
        if (this.depth < 0) throw new SyntaxError(`unexpected "${ch}" on line ${this.line}`);
      } else if (ch === ',' && inFeatures) {
        this.endElement(done, chunk.slice(elementStart, i));
        elementStart = -1;
      } else if (ch === ':' && this.depth === 1) {
        this.pendingKey = this.lastTopString;
        this.lastTopString = null;
      } else if (this.depth === 1 && !WHITESPACE.has(ch) && ch !== ',') {
        this.pendingKey = null; // a number, true, false or null as a member's value
      }
    }
    if (this.element && elementStart >= 0) this.element.push(chunk.slice(elementStart));
    if (this.topString && stringStart >= 0) this.topString.push(chunk.slice(stringStart));
    return done;
  }

  /** Call after the last chunk: the top level's shape; throws when the text stopped early. */
  end(): CollectionShape {
    if (this.inString || this.depth !== 0 || this.element) {
      throw new SyntaxError(`the text ends inside ${this.inString ? 'a string' : 'an object or array'}`);
    }
    return { type: this.type, hasFeatures: this.featuresDepth !== -1 };
  }

  private endTopString(value: string): void {
    if (this.pendingKey !== null) {
      if (this.pendingKey === 'type') this.type = value;
      this.pendingKey = null;
    } else this.lastTopString = value;
  }

  private endElement(done: FeatureText[], tail: string): void {
    if (!this.element) return; // "[]", or a stray comma that JSON.parse of the whole would refuse
    this.element.push(tail);
    done.push({ text: this.element.join('').trimEnd(), line: this.elementLine });
    this.element = null;
  }
}
