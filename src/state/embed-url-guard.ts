// The iframe page (embed.html) takes data URLs from its own query string, which anyone can write into a
// link. So it keeps only http(s) URLs on the page's own origin, plus the origins the host lists in its copy
// of embed.html (<meta name="khorasan-data-origins" content="https://data.example.org …">). data:,
// javascript:, blob: and other schemes are always refused: a link must not swap the host's data.

/** The embed parameters whose values are URLs of data, styles or archives (space-separated lists). */
export const URL_PARAMS = ['events-src', 'boundaries-src', 'basemap-style', 'basemap-pmtiles'] as const;

export interface UrlCheck {
  kept: string[];
  refused: { url: string; reason: string }[];
}

/** Splits a space-separated URL list into the URLs the embed page may load and those it refuses. */
export function checkDataUrls(value: string, pageUrl: string, allowedOrigins: readonly string[]): UrlCheck {
  const page = new URL(pageUrl);
  const origins = new Set([page.origin, ...allowedOrigins.map(originOf).filter((o): o is string => !!o)]);
  const out: UrlCheck = { kept: [], refused: [] };
  for (const raw of value.split(/\s+/).filter(Boolean)) {
    let url: URL;
    try {
      url = new URL(raw, page);
    } catch {
      out.refused.push({ url: raw, reason: 'not a URL' });
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      out.refused.push({ url: raw, reason: `${url.protocol} URLs are not loaded, only http(s)` });
    else if (!origins.has(url.origin))
      out.refused.push({
        url: raw,
        reason: `${url.origin} is not this page's origin nor listed in <meta name="khorasan-data-origins">`,
      });
    else out.kept.push(raw);
  }
  return out;
}

function originOf(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The attributes with refused URLs taken out (an attribute left with no URL is dropped, and `events-mode`
 * with `events-src`, so a refused link cannot empty the map of its built-in events), and what was refused.
 */
export function guardUrlAttributes(
  attributes: [string, string][],
  pageUrl: string,
  allowedOrigins: readonly string[],
): { attributes: [string, string][]; refused: { url: string; reason: string }[] } {
  const refused: { url: string; reason: string }[] = [];
  const kept: [string, string][] = [];
  for (const [name, value] of attributes) {
    if (!(URL_PARAMS as readonly string[]).includes(name)) {
      kept.push([name, value]);
      continue;
    }
    const check = checkDataUrls(value, pageUrl, allowedOrigins);
    refused.push(...check.refused);
    if (check.kept.length > 0) kept.push([name, check.kept.join(' ')]);
  }
  const hasEvents = kept.some(([name]) => name === 'events-src');
  return { attributes: kept.filter(([name]) => name !== 'events-mode' || hasEvents), refused };
}
