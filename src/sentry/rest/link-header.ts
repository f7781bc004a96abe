// Sentry's Link header: `<url>; rel="previous"; results="false"; cursor="…", <url>; rel="next"; results="true"; cursor="…"`.
// Both rels are always there; only results="true" says that the next page holds anything.

const LINK = /<([^>]*)>([^<]*)/g;
const PARAM = /;\s*([A-Za-z]+)\s*=\s*"([^"]*)"/g;

export interface NextPage {
  /** As written, maybe relative. */
  target: string;
  /** The cursor="…" parameter, when there is one. */
  cursor: string | null;
}

/** The next page, or null when there is none with results. */
export function nextPage(header: string | null): NextPage | null {
  if (!header) return null;
  for (const [, target = "", rest = ""] of header.matchAll(LINK)) {
    const params = new Map(
      [...rest.matchAll(PARAM)].map(([, name = "", value = ""]) => [name.toLowerCase(), value]),
    );
    if (params.get("rel") === "next") {
      return params.get("results") === "true" ? { target, cursor: params.get("cursor") ?? null } : null;
    }
  }
  return null;
}

/** The next page's URL (as written, maybe relative), or null when there is none with results. */
export function nextPageLink(header: string | null): string | null {
  return nextPage(header)?.target ?? null;
}
