// Issue comments, on issues and pull requests alike: list (ascending id, `since`), create, update.
import { grants, refusal } from "../auth.js";
import { notFound } from "../errors.js";
import { isIssueOrPull, timestamp } from "../seed.js";
import { issueComment } from "../serializers/comments.js";
import { checkBodyLength, jsonObject, numberParam, requiredString } from "./input.js";
import { paged } from "./paged.js";
import type { RepoContext, RepoRoute } from "./types.js";

const WRITE = [
  ["issues", "write"],
  ["pull_requests", "write"],
] as const;

export const listCommentsRoute: RepoRoute = {
  scope: "repo",
  operation: "issues/list-comments",
  method: "GET",
  path: "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  docs: "https://docs.github.com/rest/issues/comments#list-issue-comments",
  accepted: [
    ["issues", "read"],
    ["pull_requests", "read"],
  ],
  handle(ctx) {
    const number = existingNumber(ctx);
    const since = ctx.query.get("since");
    const comments = ctx.repo.comments.filter(
      (c) => c.issue_number === number && (!since || Date.parse(c.updated_at) >= Date.parse(since)),
    );
    return paged(ctx, comments, (comment) => issueComment(ctx.repo, comment, ctx.urls));
  },
};

export const createCommentRoute: RepoRoute = {
  scope: "repo",
  operation: "issues/create-comment",
  method: "POST",
  path: "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  docs: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
  accepted: WRITE,
  handle(ctx) {
    const number = existingNumber(ctx);
    mayWrite(ctx, number);
    const body = requiredString(jsonObject(ctx.body), "body");
    checkBodyLength(body, "IssueComment");
    const now = timestamp(ctx.state.now());
    const comment = ctx.state.addComment(`${ctx.repo.owner.login}/${ctx.repo.name}`, {
      issue_number: number,
      body,
      user: ctx.caller?.state.identity,
      performed_via_github_app: ctx.caller?.state.app ?? null,
      created_at: now,
      updated_at: now,
    });
    const json = issueComment(ctx.repo, comment, ctx.urls);
    return { status: 201, body: json, headers: { location: json.url } };
  },
};

export const updateCommentRoute: RepoRoute = {
  scope: "repo",
  operation: "issues/update-comment",
  method: "PATCH",
  path: "/repos/{owner}/{repo}/issues/comments/{comment_id}",
  docs: "https://docs.github.com/rest/issues/comments#update-an-issue-comment",
  accepted: WRITE,
  handle(ctx) {
    const id = numberParam(ctx.params.comment_id);
    const comment = ctx.repo.comments.find((c) => c.id === id);
    if (!comment) throw notFound();
    mayWrite(ctx, comment.issue_number);
    const body = requiredString(jsonObject(ctx.body), "body");
    checkBodyLength(body, "IssueComment");
    comment.body = body;
    comment.updated_at = timestamp(ctx.state.now());
    return { body: issueComment(ctx.repo, comment, ctx.urls) };
  },
};

function existingNumber(ctx: RepoContext): number {
  const number = numberParam(ctx.params.issue_number);
  if (!isIssueOrPull(ctx.repo, number)) throw notFound();
  return number;
}

/** pull_requests: write lets a token comment on pull requests only; issues need issues: write. */
function mayWrite(ctx: RepoContext, number: number) {
  const onPull = ctx.repo.pulls.some((p) => p.number === number);
  if (!onPull && ctx.caller && !grants(ctx.caller, [["issues", "write"]])) throw refusal(ctx.caller);
}
