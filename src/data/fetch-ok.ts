// One fetch helper for every loader: an HTTP error status becomes an Error ("HTTP 404"), as a network error
// already is, so each caller reports both the same way.

/** Fetches `url` and resolves to the response only when its status is 2xx. */
export async function fetchOk(url: string | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response;
}

/** The last path segment of a URL, decoded: the name a dataset from that URL is listed under. */
export function nameFromUrl(url: string, base = globalThis.document?.baseURI): string {
  try {
    const path = new URL(url, base).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || url;
  } catch {
    return url;
  }
}
