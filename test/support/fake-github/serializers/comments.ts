// An issue comment (`issue-comment`); on a pull request its page is the pull request's.
import type { CommentState, RepoState } from "../state.js";
import { nodeId, repoApi, repoWeb, type Urls } from "../urls.js";
import { integration } from "./apps.js";
import { association } from "./association.js";
import { simpleUser } from "./users.js";

export function issueComment(repo: RepoState, comment: CommentState, urls: Urls) {
  const api = repoApi(urls, repo);
  const page = repo.pulls.some((p) => p.number === comment.issue_number) ? "pull" : "issues";
  const url = `${api}/issues/comments/${comment.id}`;
  return {
    url,
    html_url: `${repoWeb(urls, repo)}/${page}/${comment.issue_number}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${comment.issue_number}`,
    id: comment.id,
    node_id: nodeId("IC", comment.id),
    user: simpleUser(comment.user, urls),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    body: comment.body,
    author_association: association(repo, comment.user),
    reactions: reactions(`${url}/reactions`),
    performed_via_github_app: integration(comment.performed_via_github_app, urls),
  };
}

export const reactions = (url: string) => ({
  url,
  total_count: 0,
  "+1": 0,
  "-1": 0,
  laugh: 0,
  hooray: 0,
  confused: 0,
  heart: 0,
  rocket: 0,
  eyes: 0,
});
