// GET a tree: by a commit's sha, a branch name, or the sha of a commit's root tree or a directory in it.
import { notFound } from "../errors.js";
import { treeSha } from "../serializers/git.js";
import { gitTree } from "../serializers/tree.js";
import type { RepoState } from "../state.js";
import type { RepoRoute } from "./types.js";

export const treeRoute: RepoRoute = {
  scope: "repo",
  operation: "git/get-tree",
  method: "GET",
  path: "/repos/{owner}/{repo}/git/trees/{tree_sha}",
  docs: "https://docs.github.com/rest/git/trees#get-a-tree",
  accepted: [["contents", "read"]],
  handle(ctx) {
    const found = resolveTree(ctx.repo, ctx.params.tree_sha ?? "");
    if (!found) throw notFound();
    // "Setting this parameter to any value returns the objects or subtrees": recursive=0 and =false too.
    const recursive = ctx.query.has("recursive");
    return {
      body: gitTree(ctx.repo, found.commit, found.dir, { recursive, limit: ctx.treeLimit }, ctx.urls),
    };
  },
};

function resolveTree(repo: RepoState, ref: string): { commit: string; dir: string } | null {
  const sha = repo.branches[ref] ?? ref;
  if (repo.commits[sha]) return { commit: sha, dir: "" };
  for (const commit of Object.values(repo.commits)) {
    for (const dir of ["", ...directories(commit.tree)]) {
      if (treeSha(commit.sha, dir) === ref) return { commit: commit.sha, dir };
    }
  }
  return null;
}

function directories(paths: readonly string[]): Set<string> {
  const dirs = new Set<string>();
  for (const path of paths) {
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  return dirs;
}
