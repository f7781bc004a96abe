// GET /organizations/{org}/releases/{version}/ and …/deploys/ (release_deploys.py: the latest deploy
// of each project and environment, of the `project` parameters' projects, ordered -date_finished).
import { notFound } from "../http.js";
import { linkHeader, paginate, parseCursor, perPage } from "../pagination.js";
import { requestedProjects, requireOrganization } from "../params.js";
import { latestDeploys, releaseViews } from "../releases.js";
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
    const projects = new Set(requestedProjects(ctx.query, ctx.world).map((p) => p.slug));
    const deploys = latestDeploys(view, projects);
    const page = paginate(deploys, parseCursor(ctx.query.get("cursor")), perPage(ctx.query));
    return {
      body: page.items.map(serializeDeploy),
      headers: { Link: linkHeader(ctx.baseUrl, ctx.rawPath, ctx.query, page) },
    };
  },
};
