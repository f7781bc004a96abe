// Releases and deploys (ReleaseSerializer, DeploySerializer).
import { iso } from "../http.js";
import type { ReleaseView } from "../releases.js";
import type { SimDeploy, SimProject } from "../world.js";

export function serializeDeploy(deploy: SimDeploy) {
  return {
    id: deploy.id,
    environment: deploy.environment,
    dateStarted: iso(deploy.dateStarted),
    dateFinished: iso(deploy.dateFinished),
    name: deploy.name,
    url: deploy.url,
  };
}

/**
 * Sentry's short version: the version without its `package@` prefix, and a commit SHA cut to 7
 * characters as the schema's example shows. How Sentry shortens other shapes was not confirmed.
 */
export function shortVersion(version: string): string {
  if (/^[0-9a-f]{40}$/i.test(version)) return version.slice(0, 7);
  const at = version.indexOf("@");
  return at > 0 ? version.slice(at + 1) : version;
}

function versionInfo(version: string) {
  const at = version.indexOf("@");
  const raw = at > 0 ? version.slice(at + 1) : version;
  return {
    package: at > 0 ? version.slice(0, at) : null,
    version: { raw },
    description: shortVersion(version),
    buildHash: /^[0-9a-f]{40}$/i.test(raw) ? raw : null,
  };
}

/** The release fields an event's `release` and an issue's first/last release carry. */
export function serializeReleaseSummary(view: ReleaseView) {
  return {
    id: view.id,
    version: view.version,
    shortVersion: shortVersion(view.version),
    status: "open",
    dateCreated: iso(view.dateCreated),
    dateReleased: iso(view.dateReleased),
    ref: null,
    url: null,
    data: {},
    commitCount: 0,
    deployCount: view.deploys.length,
    lastCommit: null,
    lastDeploy: view.deploys[0] ? serializeDeploy(view.deploys[0]) : null,
    userAgent: null,
    versionInfo: versionInfo(view.version),
  };
}

export function serializeRelease(view: ReleaseView, projects: readonly SimProject[]) {
  return {
    ...serializeReleaseSummary(view),
    owner: null,
    dateStarted: null,
    firstEvent: iso(view.firstEvent),
    lastEvent: iso(view.lastEvent),
    currentProjectMeta: {},
    newGroups: [...view.newGroups.values()].reduce((a, b) => a + b, 0),
    authors: [],
    projects: projects
      .filter((p) => view.projects.has(p.slug))
      .map((p) => ({
        id: Number(p.id),
        slug: p.slug,
        name: p.name,
        platform: p.platform,
        platforms: p.platform === null ? [] : [p.platform],
        newGroups: view.newGroups.get(p.slug) ?? 0,
        hasHealthData: false,
      })),
  };
}
