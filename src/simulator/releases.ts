// Releases as Sentry knows them at `now`: the ones created through the API, plus the ones it
// created on its own when it processed an event naming an unknown release (as ingestion does).
import { groupFirstRelease, type ReleaseOrder, visibleEvents } from "./derived.js";
import type { SimDeploy, World } from "./world.js";

export interface ReleaseView {
  id: number;
  version: string;
  dateCreated: Date;
  dateReleased: Date | null;
  projects: Set<string>;
  /** Deploy records that exist at now, newest first: the last one created is Release.last_deploy. */
  deploys: SimDeploy[];
  /** First and last event of the release, all environments. */
  firstEvent: Date | null;
  lastEvent: Date | null;
  /** Issues first seen in this release (Group.first_release), per project slug. */
  newGroups: Map<string, number>;
}

export function releaseViews(world: World, now: Date): Map<string, ReleaseView> {
  const views = new Map<string, ReleaseView>();
  for (const release of world.releases) {
    if (release.dateCreated > now) continue;
    views.set(release.version, {
      id: release.id,
      version: release.version,
      dateCreated: release.dateCreated,
      dateReleased: release.dateReleased,
      projects: new Set(release.projects),
      // A deploy record exists from dateFinished on, so the newest is also the last one created.
      deploys: release.deploys
        .filter((d) => d.dateFinished <= now)
        .sort((a, b) => b.dateFinished.getTime() - a.dateFinished.getTime() || Number(b.id) - Number(a.id)),
      firstEvent: null,
      lastEvent: null,
      newGroups: new Map(),
    });
  }
  // For releases created on ingestion: when the event that created them was processed.
  const createdAt = new Map<string, number>();
  for (const issue of world.issues) {
    const events = visibleEvents(issue, now);
    for (const event of events) {
      if (event.release === null) continue;
      let view = views.get(event.release);
      if (!view) {
        view = {
          id: 100_000 + views.size,
          version: event.release,
          dateCreated: event.at,
          dateReleased: null,
          projects: new Set(),
          deploys: [],
          firstEvent: null,
          lastEvent: null,
          newGroups: new Map(),
        };
        views.set(event.release, view);
        createdAt.set(event.release, event.processedAt.getTime());
      }
      // Release.get_or_create takes date_added from the event that created it: the first processed.
      const created = createdAt.get(event.release);
      if (created !== undefined && event.processedAt.getTime() < created) {
        view.dateCreated = event.at;
        createdAt.set(event.release, event.processedAt.getTime());
      }
      view.projects.add(issue.project);
      // getTime rather than comparing Dates: this runs over every event of the world.
      if (!view.firstEvent || event.at.getTime() < view.firstEvent.getTime()) view.firstEvent = event.at;
      if (!view.lastEvent || event.at.getTime() > view.lastEvent.getTime()) view.lastEvent = event.at;
    }
    const first = groupFirstRelease(events);
    const view = first === null ? undefined : views.get(first);
    if (view) view.newGroups.set(issue.project, (view.newGroups.get(issue.project) ?? 0) + 1);
  }
  return views;
}

/**
 * What the deploys list serves (release_deploys.py): the deploys that are some (project, environment)'s
 * ReleaseProjectEnvironment.last_deploy_id, i.e. the last deploy created for that pair, of the given
 * projects only; newest dateFinished first.
 */
export function latestDeploys(view: ReleaseView, projects: ReadonlySet<string>): SimDeploy[] {
  const pairs = new Set<string>();
  return view.deploys.filter((deploy) => {
    let latest = false;
    for (const project of deploy.projects) {
      const pair = `${project}\u0000${deploy.environment}`;
      if (pairs.has(pair)) continue;
      pairs.add(pair);
      if (projects.has(project)) latest = true;
    }
    return latest;
  });
}

/**
 * The releases' date order at `now` (release_order_date: date released, else date created), computed
 * once and only when first asked, since few requests need it.
 */
export function releaseOrder(world: World, now: Date): ReleaseOrder {
  let views: Map<string, ReleaseView> | undefined;
  return (version) => {
    views ??= releaseViews(world, now);
    const view = views.get(version);
    return view ? (view.dateReleased ?? view.dateCreated).getTime() : null;
  };
}

/** `release:latest`: the most recently created release of any of the projects. */
export function latestReleaseVersion(
  views: Map<string, ReleaseView>,
  projects: ReadonlySet<string>,
): string | null {
  let latest: ReleaseView | null = null;
  for (const view of views.values()) {
    if (![...view.projects].some((p) => projects.has(p))) continue;
    if (!latest || view.dateCreated > latest.dateCreated) latest = view;
  }
  return latest?.version ?? null;
}
