// The regression report on the deployed change's pull request: find the pull request, link findings to
// the code, and keep one comment up to date. Whatever GitHub refuses becomes a warning; the verdict
// was decided before any of this ran.
import type { Config } from "../config/schema.js";
import type { Report } from "../engine/report.js";
import { commentMarker, renderComment } from "../report/comment.js";
import type { MarkdownExtras } from "../report/markdown.js";
import type { GitHub } from "./client.js";
import { type CodeLink, codeLinks } from "./code-links.js";
import { describeError, GitHubPermissionError } from "./errors.js";
import type { PullRequestLookup } from "./pull-request.js";
import { type Repository, runUrl } from "./repository.js";
import { upsertComment } from "./sticky-comment.js";

/** Where a report was posted on GitHub, and what the job summary should say about it. */
export interface Posting {
  /** For the job summary too, which shows the same content as the comment. */
  extras: MarkdownExtras;
  commentUrl: string | null;
  warnings: string[];
}

export interface PullRequestContext {
  github: GitHub;
  repository: Repository;
  /** Found once for the run: the fix check reads the same pull request. */
  pullRequest: PullRequestLookup;
  deployedCommit: string | undefined;
  env: NodeJS.ProcessEnv;
  now: () => Date;
  /** Applied to the body before it leaves: the Sentry token must not reach GitHub either. */
  redact: (text: string) => string;
}

/** The report reached no pull request: the job summary says why. */
function notPosted(why: string, extras: MarkdownExtras, warnings: string[]): Posting {
  return {
    extras: { ...extras, posted: { text: `No pull request comment: ${why.replace(/\.+$/, "")}.` } },
    commentUrl: null,
    warnings,
  };
}

/** Called for comment: auto and always; comment: never does not reach GitHub at all. */
export async function reportOnPullRequest(
  report: Report,
  config: Pick<Config, "comment" | "org" | "projects" | "environment">,
  context: PullRequestContext,
): Promise<Posting> {
  const lookup = context.pullRequest;

  const warnings: string[] = [];
  let links = new Map<string, CodeLink>();
  if (context.deployedCommit) {
    try {
      const listed = report.findings.slice(0, report.listed);
      links = await codeLinks(
        context.github,
        context.repository,
        context.deployedCommit,
        lookup.number,
        listed,
      );
    } catch (error) {
      warnings.push(`Could not link findings to the repository's files: ${describeError(error)}`);
    }
  }
  const { serverUrl, owner, name } = context.repository;
  const extras: MarkdownExtras = { codeLinks: links, repositoryUrl: `${serverUrl}/${owner}/${name}` };
  if (lookup.number === null) return notPosted(lookup.why, extras, warnings);

  const marker = commentMarker(config);
  const body = renderComment(report, extras, {
    marker,
    updatedAt: context.now(),
    runUrl: runUrl(context.repository, context.env),
  });
  try {
    const outcome = await upsertComment(context.github, context.repository, lookup.number, {
      marker,
      body: context.redact(body),
      create: config.comment === "always" || report.findings.length > 0,
    });
    if (outcome.action === "skipped") return notPosted(outcome.why, extras, warnings);
    return {
      extras: { ...extras, posted: { text: `Pull request comment ${outcome.action}`, url: outcome.url } },
      commentUrl: outcome.url,
      warnings,
    };
  } catch (error) {
    const message =
      error instanceof GitHubPermissionError
        ? error.message
        : `Could not comment on pull request #${lookup.number}: ${describeError(error)}`;
    return {
      extras: { ...extras, posted: { text: `No pull request comment: ${message.replace(/\.+$/, "")}.` } },
      commentUrl: null,
      warnings: [...warnings, message],
    };
  }
}
