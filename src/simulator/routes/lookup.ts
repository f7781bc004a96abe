// Finding the issue a path names: numeric ID or short ID, any case; 404 until its first event.
import { visibleEvents } from "../derived.js";
import { notFound } from "../http.js";
import { findIssue, type SimEvent, type SimIssue, type SimProject } from "../world.js";
import type { RouteContext } from "./types.js";

export interface FoundIssue {
  issue: SimIssue;
  project: SimProject;
  events: readonly SimEvent[];
}

export function requireIssue(ctx: RouteContext, ref: string): FoundIssue {
  const issue = findIssue(ctx.world, ref);
  const project = issue && ctx.world.projects.find((p) => p.slug === issue.project);
  const events = issue ? visibleEvents(issue, ctx.now) : [];
  if (!issue || !project || events.length === 0) throw notFound();
  return { issue, project, events };
}
