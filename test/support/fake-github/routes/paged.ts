// A paginated list answer: one page, serialized, with its Link header.
import { linkHeader, pageRequest, paginate } from "../pagination.js";
import type { RepoContext, RouteResult } from "./types.js";

/** `cap`: GitHub lists at most this many (3,000 files of a pull request, 250 commits). */
export function paged<T>(
  ctx: RepoContext,
  items: readonly T[],
  serialize: (item: T) => unknown,
  cap = Number.POSITIVE_INFINITY,
): RouteResult {
  const request = pageRequest(ctx.query);
  const page = paginate(items.slice(0, cap), request);
  const link = linkHeader(ctx.linkBase, ctx.query, request.page, page.last);
  return { body: page.items.map(serialize), headers: link ? { link } : {} };
}
