// Which pull request the deployed commit belongs to, for the triggers users deploy from. Never fatal:
// without a pull request there is simply no comment, and the summary says why.
import * as z from "zod";
import type { GitHub } from "./client.js";
import { describeError, GitHubPermissionError, permissionError } from "./errors.js";
import type { GithubRun } from "./event.js";
import type { Repository } from "./repository.js";

export type PullRequestLookup =
  | { number: number; how: string }
  /** `failed`: GitHub did not answer, as opposed to there being no pull request. */
  | { number: null; why: string; failed?: true };

const PullRequestEvent = z.object({ pull_request: z.object({ number: z.number().int().positive() }) });
const WorkflowRunEvent = z.object({
  workflow_run: z.object({ pull_requests: z.array(z.object({ number: z.number().int().positive() })) }),
});
const AssociatedPulls = z.array(
  z.object({
    number: z.number().int().positive(),
    state: z.string(),
    merge_commit_sha: z.string().nullable().optional(),
    merged_at: z.string().nullable().optional(),
    head: z.object({ sha: z.string() }),
  }),
);

export async function findPullRequest(
  github: GitHub,
  repository: Repository,
  run: GithubRun,
  deployedCommit: string | undefined,
  prNumber: number | null,
): Promise<PullRequestLookup> {
  if (prNumber !== null) return { number: prNumber, how: "from the pr-number input" };

  if (run.eventName === "pull_request" || run.eventName === "pull_request_target") {
    const event = PullRequestEvent.safeParse(run.payload);
    if (event.success)
      return { number: event.data.pull_request.number, how: `from the ${run.eventName} event` };
  }
  if (run.eventName === "workflow_run") {
    // GitHub fills pull_requests only for pull requests from the same repository.
    const first = WorkflowRunEvent.safeParse(run.payload).data?.workflow_run.pull_requests[0];
    if (first) return { number: first.number, how: "from the workflow_run event" };
  }
  if (!deployedCommit) return { number: null, why: "the deployed commit is not known; set pr-number" };

  let pulls: z.infer<typeof AssociatedPulls>;
  try {
    const response = await github.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", {
      owner: repository.owner,
      repo: repository.name,
      commit_sha: deployedCommit,
      per_page: 100,
    });
    pulls = AssociatedPulls.parse(response.data);
  } catch (error) {
    const refused = permissionError(
      error,
      "pull-requests: read",
      `say which pull request has commit ${deployedCommit.slice(0, 7)}`,
    );
    return {
      number: null,
      why:
        refused instanceof GitHubPermissionError
          ? refused.message
          : `GitHub did not say which pull request has commit ${deployedCommit.slice(0, 7)}: ${describeError(error)}`,
      failed: true,
    };
  }
  // The pull request merged as this commit, else one that contains it.
  const chosen =
    pulls.find((pull) => pull.merge_commit_sha === deployedCommit && pull.merged_at) ??
    pulls.find((pull) => pull.merged_at) ??
    pulls.find((pull) => pull.head.sha === deployedCommit) ??
    pulls[0];
  return chosen
    ? { number: chosen.number, how: `as the pull request of commit ${deployedCommit.slice(0, 7)}` }
    : { number: null, why: `no pull request contains commit ${deployedCommit.slice(0, 7)}` };
}
