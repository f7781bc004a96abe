// GET /organizations/{org}/releases/{version}/ and …/deploys/ (ordered -date_finished, paginated).
import { notFound } from "../http.js";
import { linkHeader, paginate, parseCursor, perPage } from "../pagination.js";
import { requireOrganization } from "../params.js";
import { releaseViews } from "../releases.js";
import { serializeDeploy, serializeRelease } from "../serializers/release.js";
import { RELEASE_READ, type Route, type RouteContext } from "./types.js";

function requireRelease(ctx: RouteContext) {
  requireOrganization(ctx.world, ctx.params[0] as string);
  const view = releaseViews(ctx.world, ctx.now).get(ctx.params[1] as string);
  if (!view) throw notFound();
  return view;
}

export const releaseRoute: Route = {
  name: "release",
  pattern: /^\/organizations\/([^/]+)\/releases\/([^/]+)\/$/,
  scopes: RELEASE_READ,
  handle: (ctx) => ({ body: serializeRelease(requireRelease(ctx), ctx.world.projects) }),
};

export const deploysRoute: Route = {
  name: "release-deploys",
  pattern: /^\/organizations\/([^/]+)\/releases\/([^/]+)\/deploys\/$/,
  scopes: RELEASE_READ,
  handle: (ctx) => {
    const view = requireRelease(ctx);
    const page = paginate(view.deploys, parseCursor(ctx.query.get("cursor")), perPage(ctx.query));
    return {
      body: page.items.map(serializeDeploy),
      headers: { Link: linkHeader(ctx.baseUrl, ctx.rawPath, ctx.query, page) },
    };
  },
};
