// GET /organizations/{org}/ and GET /projects/{org}/{project}/.
import { notFound } from "../http.js";
import { requireOrganization } from "../params.js";
import { latestReleaseVersion, releaseViews } from "../releases.js";
import { serializeOrganization, serializeProject } from "../serializers/organization.js";
import { ORG_READ, PROJECT_READ, type Route } from "./types.js";

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
