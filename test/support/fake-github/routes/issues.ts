// Issues of a repository: list (pull requests included, as GitHub's Issues endpoints do), create,
// update. Newest first, GitHub's default order.
import { notA, notFound, notSupplied } from "../errors.js";
import { timestamp } from "../seed.js";
import { issue, pullAsIssue } from "../serializers/issues.js";
import type { IssueState, PullRequestState } from "../state.js";
import { checkBodyLength, jsonObject, numberParam, optionalString } from "./input.js";
import { paged } from "./paged.js";
import type { RepoRoute } from "./types.js";

type Item = { kind: "issue"; issue: IssueState } | { kind: "pull"; pull: PullRequestState };

export const listIssuesRoute: RepoRoute = {
  scope: "repo",
  operation: "issues/list-for-repo",
  method: "GET",
  path: "/repos/{owner}/{repo}/issues",
  docs: "https://docs.github.com/rest/issues/issues#list-repository-issues",
  accepted: [["issues", "read"]],
  handle(ctx) {
    const state = ctx.query.get("state") ?? "open";
    const labels = ctx.query.get("labels")?.split(",").filter(Boolean) ?? [];
    const creator = ctx.query.get("creator")?.toLowerCase();
    const items: Item[] = [
      ...ctx.repo.issues.map((i) => ({ kind: "issue" as const, issue: i })),
      ...ctx.repo.pulls.map((p) => ({ kind: "pull" as const, pull: p })),
    ];
    const matching = items
      .filter((item) => {
        const it = item.kind === "issue" ? item.issue : item.pull;
        return (
          (state === "all" || it.state === state) &&
          labels.every((name) => it.labels.includes(name)) &&
          (!creator || it.user.login.toLowerCase() === creator)
        );
      })
      .sort((a, b) => number(b) - number(a));
    return paged(ctx, matching, (item) =>
      item.kind === "issue"
        ? issue(ctx.repo, item.issue, ctx.urls)
        : pullAsIssue(ctx.repo, item.pull, ctx.urls),
    );
  },
};

export const createIssueRoute: RepoRoute = {
  scope: "repo",
  operation: "issues/create",
  method: "POST",
  path: "/repos/{owner}/{repo}/issues",
  docs: "https://docs.github.com/rest/issues/issues#create-an-issue",
  accepted: [["issues", "write"]],
  handle(ctx) {
    const input = jsonObject(ctx.body);
    const title = input.title;
    if (!("title" in input)) throw notSupplied("title");
    if (typeof title !== "string" && typeof title !== "number") throw notA("title", title, "a string");
    const body = optionalString(input, "body");
    checkBodyLength(body, "Issue");
    const created = ctx.state.addIssue(`${ctx.repo.owner.login}/${ctx.repo.name}`, {
      title: String(title),
      body: body ?? null,
      labels: labelNames(input.labels) ?? [],
      user: ctx.caller?.state.identity,
      performed_via_github_app: ctx.caller?.state.app ?? null,
    });
    const json = issue(ctx.repo, created, ctx.urls);
    return { status: 201, body: json, headers: { location: json.url } };
  },
};

export const updateIssueRoute: RepoRoute = {
  scope: "repo",
  operation: "issues/update",
  method: "PATCH",
  path: "/repos/{owner}/{repo}/issues/{issue_number}",
  docs: "https://docs.github.com/rest/issues/issues#update-an-issue",
  accepted: [["issues", "write"]],
  handle(ctx) {
    const n = numberParam(ctx.params.issue_number);
    const target = ctx.repo.issues.find((i) => i.number === n) ?? ctx.repo.pulls.find((p) => p.number === n);
    if (!target) throw notFound();
    const input = jsonObject(ctx.body);
    const title = optionalString(input, "title");
    const body = optionalString(input, "body");
    const state = optionalString(input, "state");
    if (state !== undefined && state !== "open" && state !== "closed") {
      throw notA("state", state, 'one of ["open", "closed"]');
    }
    checkBodyLength(body, "Issue");
    const now = timestamp(ctx.state.now());
    if (title !== undefined) target.title = title;
    if (body !== undefined) target.body = body;
    const labels = labelNames(input.labels);
    if (labels) target.labels = labels;
    if (state && state !== target.state) {
      target.state = state;
      target.closed_at = state === "closed" ? now : null;
      if ("state_reason" in target) target.state_reason = state === "closed" ? "completed" : "reopened";
    }
    target.updated_at = now;
    return {
      body:
        "issue_id" in target ? pullAsIssue(ctx.repo, target, ctx.urls) : issue(ctx.repo, target, ctx.urls),
    };
  },
};

const number = (item: Item) => (item.kind === "issue" ? item.issue.number : item.pull.number);

/** `labels`: names, or objects with a name. */
function labelNames(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw notA("labels", value, "an array");
  return value.map((entry) =>
    typeof entry === "object" && entry !== null ? String((entry as { name?: unknown }).name) : String(entry),
  );
}
