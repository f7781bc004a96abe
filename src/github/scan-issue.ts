// The nightly scan's report in its one tracking issue. Whatever GitHub refuses becomes a warning; the
// verdict was decided before any of this ran.
import type { Config } from "../config/schema.js";
import type { Report } from "../engine/report.js";
import { commentMarker, renderComment, trackingIssueTitle } from "../report/comment.js";
import type { GitHub } from "./client.js";
import { describeError, GitHubPermissionError } from "./errors.js";
import type { Posting } from "./pr-comment.js";
import { type Repository, runUrl } from "./repository.js";
import { upsertTrackingIssue } from "./tracking-issue.js";

export async function reportOnTrackingIssue(
  report: Report,
  config: Pick<Config, "org" | "projects" | "environment">,
  context: {
    github: GitHub;
    repository: Repository;
    env: NodeJS.ProcessEnv;
    now: () => Date;
    redact: (text: string) => string;
  },
): Promise<Posting> {
  const marker = commentMarker(config, "scan");
  const body = renderComment(
    report,
    {},
    {
      marker,
      updatedAt: context.now(),
      runUrl: runUrl(context.repository, context.env),
      document: "issue",
    },
  );
  try {
    const outcome = await upsertTrackingIssue(context.github, context.repository, {
      marker,
      title: context.redact(trackingIssueTitle(report)),
      body: context.redact(body),
      reopen: report.verdict === "fail",
    });
    return {
      extras: { posted: { text: `Tracking issue ${outcome.action}`, url: outcome.url } },
      commentUrl: outcome.url,
      warnings: [],
    };
  } catch (error) {
    const message =
      error instanceof GitHubPermissionError
        ? error.message
        : `Could not write the tracking issue: ${describeError(error)}`;
    return { extras: {}, commentUrl: null, warnings: [message] };
  }
}
