// Pull requests: those associated with a commit, one pull request, its files and its commits.
import { GitHubError, notFound } from "../errors.js";
import { commit } from "../serializers/commits.js";
import { diffEntry } from "../serializers/files.js";
import { pullRequest, pullRequestSimple } from "../serializers/pulls.js";
import type { PullRequestState } from "../state.js";
import { numberParam } from "./input.js";
import { paged } from "./paged.js";
import type { RepoContext, RepoRoute } from "./types.js";

const READ = [["pull_requests", "read"]] as const;

/**
 * The pull requests the commit is associated with (CommitState.pullRequests), or, given a branch
 * name instead of a sha, those whose head is that branch, as GitHub's description allows.
 */
export const commitPullsRoute: RepoRoute = {
  scope: "repo",
  operation: "repos/list-pull-requests-associated-with-commit",
  method: "GET",
  path: "/repos/{owner}/{repo}/commits/{commit_sha}/pulls",
  docs: "https://docs.github.com/rest/commits/commits#list-pull-requests-associated-with-a-commit",
  accepted: READ,
  handle(ctx) {
    const ref = ctx.params.commit_sha ?? "";
    const commit = ctx.repo.commits[ref];
    let pulls: PullRequestState[];
    if (commit) {
      pulls = commit.pullRequests.flatMap((n) => ctx.repo.pulls.filter((p) => p.number === n));
    } else if (ref in ctx.repo.branches) {
      pulls = ctx.repo.pulls.filter((p) => p.head.ref === ref);
    } else {
      throw new GitHubError(422, `No commit found for SHA: ${ref}`);
    }
    return paged(ctx, pulls, (pull) => pullRequestSimple(ctx.repo, pull, ctx.urls));
  },
};

export const pullRoute: RepoRoute = {
  scope: "repo",
  operation: "pulls/get",
  method: "GET",
  path: "/repos/{owner}/{repo}/pulls/{pull_number}",
  docs: "https://docs.github.com/rest/pulls/pulls#get-a-pull-request",
  accepted: READ,
  handle(ctx) {
    return { body: pullRequest(ctx.repo, findPull(ctx), ctx.urls) };
  },
};

export const pullFilesRoute: RepoRoute = {
  scope: "repo",
  operation: "pulls/list-files",
  method: "GET",
  path: "/repos/{owner}/{repo}/pulls/{pull_number}/files",
  docs: "https://docs.github.com/rest/pulls/pulls#list-pull-requests-files",
  accepted: READ,
  handle(ctx) {
    const pull = findPull(ctx);
    // "Responses include a maximum of 3000 files."
    return paged(ctx, pull.files, (file) => diffEntry(ctx.repo, pull, file, ctx.urls), 3000);
  },
};

export const pullCommitsRoute: RepoRoute = {
  scope: "repo",
  operation: "pulls/list-commits",
  method: "GET",
  path: "/repos/{owner}/{repo}/pulls/{pull_number}/commits",
  docs: "https://docs.github.com/rest/pulls/pulls#list-commits-on-a-pull-request",
  accepted: READ,
  handle(ctx) {
    const pull = findPull(ctx);
    const commits = pull.commits.flatMap((sha) => ctx.repo.commits[sha] ?? []);
    // "Lists a maximum of 250 commits for a pull request."
    return paged(ctx, commits, (state) => commit(ctx.repo, state, ctx.urls), 250);
  },
};

function findPull(ctx: RepoContext): PullRequestState {
  const number = numberParam(ctx.params.pull_number);
  const pull = ctx.repo.pulls.find((p) => p.number === number);
  if (!pull) throw notFound();
  return pull;
}
