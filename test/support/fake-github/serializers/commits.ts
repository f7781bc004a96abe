// A commit as a pull request's commit list gives it (the `commit` schema), and as GET a commit
// gives it: with its stats and changed files.
import type { CommitState, RepoState } from "../state.js";
import { encodePath, nodeId, repoApi, repoWeb, type Urls } from "../urls.js";
import { blobSha, treeSha } from "./git.js";
import { simpleUser } from "./users.js";

export function commit(repo: RepoState, state: CommitState, urls: Urls) {
  const api = repoApi(urls, repo);
  const web = repoWeb(urls, repo);
  const tree = treeSha(state.sha);
  const user = state.user && simpleUser(state.user, urls);
  return {
    sha: state.sha,
    node_id: nodeId("C", Number.parseInt(state.sha.slice(0, 8), 16)),
    commit: {
      author: state.author,
      committer: state.author,
      message: state.message,
      tree: { sha: tree, url: `${api}/git/trees/${tree}` },
      url: `${api}/git/commits/${state.sha}`,
      comment_count: 0,
      verification: {
        verified: false,
        reason: "unsigned",
        signature: null,
        payload: null,
        verified_at: null,
      },
    },
    url: `${api}/commits/${state.sha}`,
    html_url: `${web}/commit/${state.sha}`,
    comments_url: `${api}/commits/${state.sha}/comments`,
    author: user,
    committer: user,
    parents: state.parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `${web}/commit/${sha}`,
    })),
  };
}

/**
 * The commit with `stats` and `files`: what its tree gained and lost against its first parent's
 * (the state knows paths, not contents, so nothing shows as modified and lines count zero).
 */
export function commitWithFiles(repo: RepoState, state: CommitState, urls: Urls) {
  const parent = state.parents[0] === undefined ? undefined : repo.commits[state.parents[0]];
  const before = new Set(parent?.tree ?? []);
  const after = new Set(state.tree);
  const file = (path: string, status: "added" | "removed", at: string) => {
    const encoded = encodePath(path);
    return {
      sha: blobSha(at, path),
      filename: path,
      status,
      additions: 0,
      deletions: 0,
      changes: 0,
      blob_url: `${repoWeb(urls, repo)}/blob/${at}/${encoded}`,
      raw_url: `${repoWeb(urls, repo)}/raw/${at}/${encoded}`,
      contents_url: `${repoApi(urls, repo)}/contents/${encoded}?ref=${at}`,
    };
  };
  const files = [
    ...state.tree.filter((path) => !before.has(path)).map((path) => file(path, "added", state.sha)),
    ...[...before]
      .filter((path) => !after.has(path))
      .map((path) => file(path, "removed", parent?.sha ?? state.sha)),
  ];
  return { ...commit(repo, state, urls), stats: { total: 0, additions: 0, deletions: 0 }, files };
}
