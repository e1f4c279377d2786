// Saving a file from the page, announced first as a cancelable `khorasan-download` event (embedders and
// tests can take the content instead).
import { emit } from '../events.ts';

/** Fires `khorasan-download` (cancelable) and, unless cancelled, saves the text as a file. */
export function downloadText(
  from: HTMLElement,
  fileName: string,
  mimeType: string,
  text: string | Blob,
): void {
  const proceed = emit(from, 'khorasan-download', { fileName, mimeType, text }, { cancelable: true });
  if (!proceed) return;
  const blob = typeof text === 'string' ? new Blob([text], { type: mimeType }) : text;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  from.shadowRoot?.append(a) ?? document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
