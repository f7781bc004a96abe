// GET a commit: by its sha, an unambiguous abbreviation of it (7 characters or more), a branch name,
// or heads/BRANCH. A ref the repository does not have is 422 "No commit found for SHA", as GitHub
// answers it.
import { GitHubError } from "../errors.js";
import { commitWithFiles } from "../serializers/commits.js";
import type { CommitState, RepoState } from "../state.js";
import type { RepoRoute } from "./types.js";

export const getCommitRoute: RepoRoute = {
  scope: "repo",
  operation: "repos/get-commit",
  method: "GET",
  path: "/repos/{owner}/{repo}/commits/{ref}",
  docs: "https://docs.github.com/rest/commits/commits#get-a-commit",
  accepted: [["contents", "read"]],
  handle(ctx) {
    const ref = ctx.params.ref ?? "";
    const found = resolveCommit(ctx.repo, ref);
    if (!found) throw new GitHubError(422, `No commit found for SHA: ${ref}`);
    return { body: commitWithFiles(ctx.repo, found, ctx.urls) };
  },
};

function resolveCommit(repo: RepoState, ref: string): CommitState | undefined {
  const branch = repo.branches[ref.replace(/^heads\//, "")];
  const sha = (branch ?? ref).toLowerCase();
  if (repo.commits[sha]) return repo.commits[sha];
  if (!/^[0-9a-f]{7,39}$/.test(sha)) return undefined;
  const matching = Object.values(repo.commits).filter((commit) => commit.sha.startsWith(sha));
  return matching.length === 1 ? matching[0] : undefined;
}
