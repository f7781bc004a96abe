// GET /organizations/{org}/, GET /organizations/{org}/projects/ and GET /projects/{org}/{project}/.
import { visibleEvents } from "../derived.js";
import { ApiError, notFound } from "../http.js";
import { linkHeader, paginate, parseCursor, perPage } from "../pagination.js";
import { requireOrganization } from "../params.js";
import { latestReleaseVersion, releaseViews } from "../releases.js";
import {
  serializeOrganization,
  serializeProject,
  serializeProjectSummary,
} from "../serializers/organization.js";
import type { SimProject, World } from "../world.js";
import { ORG_READ, PROJECT_READ, type Route, type RouteContext } from "./types.js";

export const organizationRoute: Route = {
  name: "organization",
  pattern: /^\/organizations\/([^/]+)\/$/,
  scopes: ORG_READ,
  handle: ({ world, params, baseUrl }) => {
    const org = requireOrganization(world, params[0] as string);
    return { body: serializeOrganization(org, baseUrl) };
  },
};

export const projectRoute: Route = {
  name: "project",
  pattern: /^\/projects\/([^/]+)\/([^/]+)\/$/,
  scopes: PROJECT_READ,
  handle: ({ world, now, params, baseUrl }) => {
    const org = requireOrganization(world, params[0] as string);
    const project = world.projects.find((p) => p.slug === params[1] || p.id === params[1]);
    if (!project) throw notFound();
    const latest = latestReleaseVersion(releaseViews(world, now), new Set([project.slug]));
    return { body: serializeProject(project, org, baseUrl, latest) };
  },
};

/**
 * OrganizationProjectsEndpoint (src/sentry/core/endpoints/organization_projects.py): `query` is read
 * with tokenize_query, `key:value` tokens filtering (slug: exact slugs, id: numeric IDs, team/!team,
 * is_member) and the rest matched against name or slug, ignoring case; an unknown key matches nothing.
 * Ordered by slug (bookmarks first, and nothing is bookmarked here), paginated by offset. The
 * simulator's one team holds every project, and its token is a member of it.
 */
export const organizationProjectsRoute: Route = {
  name: "organization-projects",
  pattern: /^\/organizations\/([^/]+)\/projects\/$/,
  scopes: ORG_READ,
  handle: (ctx) => {
    const org = requireOrganization(ctx.world, ctx.params[0] as string);
    const projects = matchingProjects(ctx, ctx.query.get("query") ?? "").sort((a, b) =>
      a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0,
    );
    const page = paginate(projects, parseCursor(ctx.query.get("cursor")), perPage(ctx.query));
    const releases = releaseViews(ctx.world, ctx.now);
    return {
      body: page.items.map((project) =>
        serializeProjectSummary(
          project,
          org,
          latestReleaseVersion(releases, new Set([project.slug])),
          projectEnvironments(ctx.world, project, ctx.now),
        ),
      ),
      headers: { Link: linkHeader(ctx.baseUrl, ctx.rawPath, ctx.query, page) },
    };
  },
};

function matchingProjects(ctx: RouteContext, query: string): SimProject[] {
  let projects = [...ctx.world.projects];
  for (const [key, values] of tokenizeQuery(query)) {
    if (key === "query") {
      const text = values.join(" ").toLowerCase();
      projects = projects.filter(
        (p) => p.name.toLowerCase().includes(text) || p.slug.toLowerCase().includes(text),
      );
    } else if (key === "id") {
      if (!values.every((v) => /^\d+$/.test(v))) {
        // The endpoint's own (odd) error envelope for this case.
        throw new ApiError(400, {
          error: { params: { stats_period: { message: "All 'id' values must be integers." } } },
        });
      }
      projects = projects.filter((p) => values.includes(p.id));
    } else if (key === "slug") {
      projects = projects.filter((p) => values.includes(p.slug));
    } else if (key === "team") {
      projects = values.includes(ctx.world.org.slug) ? projects : [];
    } else if (key === "!team") {
      projects = values.includes(ctx.world.org.slug) ? [] : projects;
    } else if (key !== "is_member") {
      projects = [];
    }
  }
  return projects;
}

/**
 * tokenize_query (src/sentry/search/utils.py): whitespace-separated tokens, double quotes keeping a
 * token together; `key:value` adds value to key (its quotes dropped), anything else goes to "query".
 */
function tokenizeQuery(query: string): Map<string, string[]> {
  const tokens = new Map<string, string[]>();
  for (const token of query.match(/(?:[^\s"]+|"[^"]*")+/g) ?? []) {
    const colon = token.indexOf(":");
    const [key, value] = colon > 0 ? [token.slice(0, colon), token.slice(colon + 1)] : ["query", token];
    tokens.set(key, [...(tokens.get(key) ?? []), value.replace(/^"(.*)"$/, "$1")]);
  }
  return tokens;
}

/** The environments the project's events named, as its EnvironmentProject rows would list them. */
function projectEnvironments(world: World, project: SimProject, now: Date): string[] {
  const names = new Set<string>();
  for (const issue of world.issues) {
    if (issue.project !== project.slug) continue;
    for (const event of visibleEvents(issue, now)) names.add(event.environment);
  }
  return [...names].sort();
}
