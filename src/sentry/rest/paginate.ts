// Sentry's cursor pagination, one page at a time so that memory does not grow with the pages. The next
// URL comes from Sentry's answer; the request function refuses it unless its origin may get the token.
import { SentryError } from "../errors.js";
import type { Answer, Call, Get } from "./http.js";
import { nextPageLink } from "./link-header.js";

export async function* pages(get: Get, first: URL, call: Call): AsyncGenerator<Answer> {
  let url: URL | null = first;
  while (url) {
    const answer: Answer = await get(url, call);
    yield answer;
    const next = nextPageLink(answer.link);
    if (next !== null && !URL.canParse(next, url.href)) {
      throw new SentryError(
        "malformed",
        `Sentry's next-page link in its answer to ${answer.endpoint} is not a URL.`,
      );
    }
    url = next === null ? null : new URL(next, url);
  }
}
