// A commit as a pull request's commit list gives it (the `commit` schema).
import type { CommitState, RepoState } from "../state.js";
import { nodeId, repoApi, repoWeb, type Urls } from "../urls.js";
import { treeSha } from "./git.js";
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
