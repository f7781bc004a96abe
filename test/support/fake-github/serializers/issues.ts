// Issues, and pull requests as the Issues endpoints show them: with the issue id and a
// `pull_request` key.
import type { IssueState, PullRequestState, RepoState } from "../state.js";
import { nodeId, repoApi, repoWeb, type Urls } from "../urls.js";
import { integration } from "./apps.js";
import { association } from "./association.js";
import { reactions } from "./comments.js";
import { label } from "./labels.js";
import { simpleUser } from "./users.js";

export function issue(repo: RepoState, state: IssueState, urls: Urls) {
  return {
    ...common(repo, state, state.id, "issues", urls),
    node_id: nodeId("I", state.id),
    state_reason: state.state_reason,
    performed_via_github_app: integration(state.performed_via_github_app, urls),
  };
}

export function pullAsIssue(repo: RepoState, pull: PullRequestState, urls: Urls) {
  const api = repoApi(urls, repo);
  const html = `${repoWeb(urls, repo)}/pull/${pull.number}`;
  return {
    ...common(repo, pull, pull.issue_id, "pull", urls),
    node_id: nodeId("PR", pull.id),
    draft: pull.draft,
    pull_request: {
      url: `${api}/pulls/${pull.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: pull.merged_at,
    },
    state_reason: null,
    performed_via_github_app: null,
  };
}

type IssueLike = Pick<
  IssueState,
  "number" | "title" | "body" | "state" | "labels" | "user" | "created_at" | "updated_at" | "closed_at"
>;

function common(repo: RepoState, item: IssueLike, id: number, page: "issues" | "pull", urls: Urls) {
  const api = repoApi(urls, repo);
  const url = `${api}/issues/${item.number}`;
  return {
    url,
    repository_url: api,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${repoWeb(urls, repo)}/${page}/${item.number}`,
    id,
    number: item.number,
    title: item.title,
    user: simpleUser(item.user, urls),
    labels: item.labels.map((name) => label(repo, name, urls)),
    state: item.state,
    locked: false,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: repo.comments.filter((c) => c.issue_number === item.number).length,
    created_at: item.created_at,
    updated_at: item.updated_at,
    closed_at: item.closed_at,
    author_association: association(repo, item.user),
    active_lock_reason: null,
    body: item.body,
    closed_by: null,
    reactions: reactions(`${url}/reactions`),
    timeline_url: `${url}/timeline`,
  };
}
