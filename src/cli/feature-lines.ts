/**
 * The 1-based line on which each element of a GeoJSON text's top-level "features" array starts, so rejected
 * features can be reported by line like CSV rows. One pass over the text, aware of strings and escapes.
 */
export function featureLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let lastKey = '';
  let featuresDepth = -1; // depth inside the features array while in it; -2 once it has ended
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
      continue;
    }
    if (ch === '"') {
      const start = i + 1;
      for (i = start; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '\n') line++;
      }
      if (depth === 1) lastKey = text.slice(start, i);
      if (depth === featuresDepth && expectElement) {
        lines.push(line);
        expectElement = false;
      }
      continue;
    }
    if (depth === featuresDepth && expectElement && !/\s|,|\]/.test(ch)) {
      lines.push(line); // an element starts here (an object, or anything else that will be rejected)
      expectElement = false;
    }
    if (ch === '{' || ch === '[') {
      depth++;
      if (ch === '[' && depth === 2 && lastKey === 'features' && featuresDepth === -1) {
        featuresDepth = 2;
        expectElement = true;
      }
    } else if (ch === '}' || ch === ']') {
      if (ch === ']' && depth === featuresDepth) {
        featuresDepth = -2; // the array is over
        expectElement = false;
      }
      depth--;
    } else if (ch === ',' && depth === featuresDepth) {
      expectElement = true;
    }
  }
  return lines;
}
