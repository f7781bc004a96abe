// The scan's one tracking issue: created the first night, edited in place every night after, never
// a second one. Found again by its marker and its author, as the pull request comment is. When a person
// closed it, a night with failing findings reopens it (that is news); a clean night only edits it.
import * as z from "zod";
import type { GitHub } from "./client.js";
import { permissionError } from "./errors.js";
import { identity } from "./identity.js";
import type { Repository } from "./repository.js";

/** Set on the issue we create, so that later nights find it in one request instead of every page. */
export const TRACKING_LABEL = "sentry-deploy-verify";

const Issue = z.object({
  number: z.number(),
  html_url: z.string(),
  state: z.string(),
  body: z.string().nullish(),
  user: z.object({ login: z.string(), type: z.string() }).nullable(),
  pull_request: z.unknown().optional(),
});
type Issue = z.infer<typeof Issue>;

export type IssueOutcome = { action: "created" | "updated" | "reopened"; url: string };

export async function upsertTrackingIssue(
  github: GitHub,
  repository: Repository,
  issue: { marker: string; title: string; body: string; reopen: boolean },
): Promise<IssueOutcome> {
  const where = { owner: repository.owner, repo: repository.name };
  try {
    const isUs = await identity(github);
    const ours = (candidate: Issue) =>
      candidate.pull_request === undefined &&
      candidate.user !== null &&
      isUs(candidate.user) &&
      (candidate.body ?? "").includes(issue.marker);
    // The label finds it in one request; the whole list is read only when the label was lost or never set.
    const found =
      (await findIssue(github, { ...where, state: "all", labels: TRACKING_LABEL }, ours)) ??
      (await findIssue(github, { ...where, state: "all" }, ours));
    if (found) {
      const reopen = issue.reopen && found.state === "closed";
      const updated = await github.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        ...where,
        issue_number: found.number,
        title: issue.title,
        body: issue.body,
        ...(reopen ? { state: "open" as const } : {}),
      });
      return { action: reopen ? "reopened" : "updated", url: Issue.parse(updated.data).html_url };
    }
    const created = await github.request("POST /repos/{owner}/{repo}/issues", {
      ...where,
      title: issue.title,
      body: issue.body,
      labels: [TRACKING_LABEL],
    });
    return { action: "created", url: Issue.parse(created.data).html_url };
  } catch (error) {
    throw permissionError(error, "issues: write", "write the tracking issue");
  }
}

async function findIssue(
  github: GitHub,
  query: { owner: string; repo: string; state: "all"; labels?: string },
  ours: (issue: Issue) => boolean,
): Promise<Issue | undefined> {
  for await (const page of github.paginate.iterator("GET /repos/{owner}/{repo}/issues", {
    ...query,
    per_page: 100,
  })) {
    const found = z.array(Issue).parse(page.data).find(ours);
    if (found) return found;
  }
  return undefined;
}
