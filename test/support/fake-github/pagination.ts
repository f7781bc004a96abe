// Page-number pagination as GitHub's REST API does it: per_page (default 30, at most 100; other
// values fall back rather than fail), page from 1, and a Link header only when there is more than
// one page. Link URLs use the repository's id (/repositories/{id}/…), keep the request's query in
// its order with page set, and list prev, next, last, first.

export interface PageRequest {
  page: number;
  perPage: number;
}

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

export function pageRequest(query: URLSearchParams): PageRequest {
  const perPage = Number.parseInt(query.get("per_page") ?? "", 10);
  const page = Number.parseInt(query.get("page") ?? "", 10);
  return {
    perPage: perPage >= 1 ? Math.min(perPage, MAX_PER_PAGE) : DEFAULT_PER_PAGE,
    // NaN (no or a bad page) is page 1.
    page: Number.isNaN(page) ? 1 : Math.max(page, 1),
  };
}

/** One page of `items`, and the number of the last page (1 when there are none). */
export function paginate<T>(items: readonly T[], request: PageRequest): { items: T[]; last: number } {
  const start = (request.page - 1) * request.perPage;
  return {
    items: items.slice(start, start + request.perPage),
    last: Math.max(1, Math.ceil(items.length / request.perPage)),
  };
}

/** `<…?page=2&per_page=30>; rel="next", <…?page=3&per_page=30>; rel="last"`, or undefined for a single page. */
export function linkHeader(
  base: string,
  query: URLSearchParams,
  page: number,
  last: number,
): string | undefined {
  const link = (to: number, rel: string) => {
    const params = new URLSearchParams(query);
    params.set("page", String(to));
    return `<${base}?${params}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, "prev"));
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  if (page > 1) links.push(link(1, "first"));
  return links.length > 0 ? links.join(", ") : undefined;
}
