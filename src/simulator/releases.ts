// Releases as Sentry knows them at `now`: the ones created through the API, plus the ones it
// created on its own when an event named an unknown release (as ingestion does).
import { visibleEvents } from "./derived.js";
import type { SimDeploy, World } from "./world.js";

export interface ReleaseView {
  id: number;
  version: string;
  dateCreated: Date;
  dateReleased: Date | null;
  projects: Set<string>;
  /** Deploy records that exist at now, newest dateFinished first (the deploys endpoint's order). */
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
      deploys: release.deploys
        .filter((d) => d.dateFinished <= now)
        .sort((a, b) => b.dateFinished.getTime() - a.dateFinished.getTime()),
      firstEvent: null,
      lastEvent: null,
      newGroups: new Map(),
    });
  }
  for (const issue of world.issues) {
    const events = visibleEvents(issue, now);
    events.forEach((event, index) => {
      if (event.release === null) return;
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
      }
      view.projects.add(issue.project);
      // getTime rather than comparing Dates: this runs over every event of the world.
      if (!view.firstEvent || event.at.getTime() < view.firstEvent.getTime()) view.firstEvent = event.at;
      if (!view.lastEvent || event.at.getTime() > view.lastEvent.getTime()) view.lastEvent = event.at;
      if (index === 0) view.newGroups.set(issue.project, (view.newGroups.get(issue.project) ?? 0) + 1);
    });
  }
  return views;
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
