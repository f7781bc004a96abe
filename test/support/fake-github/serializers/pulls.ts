// Pull requests: `pull-request-simple` in lists, `pull-request` (with merge and size details) alone.
import type { PullRequestState, RepoState } from "../state.js";
import { nodeId, repoApi, repoWeb, type Urls } from "../urls.js";
import { association } from "./association.js";
import { label } from "./labels.js";
import { repository } from "./repository.js";
import { simpleUser } from "./users.js";

export function pullRequestSimple(repo: RepoState, pull: PullRequestState, urls: Urls) {
  const api = repoApi(urls, repo);
  const web = repoWeb(urls, repo);
  const url = `${api}/pulls/${pull.number}`;
  const html = `${web}/pull/${pull.number}`;
  const branch = (side: { sha: string; ref: string }) => ({
    label: `${repo.owner.login}:${side.ref}`,
    ref: side.ref,
    sha: side.sha,
    user: simpleUser(repo.owner, urls),
    repo: repository(repo, urls),
  });
  return {
    url,
    id: pull.id,
    node_id: nodeId("PR", pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: simpleUser(pull.user, urls),
    body: pull.body,
    created_at: pull.created_at,
    updated_at: pull.updated_at,
    closed_at: pull.closed_at,
    merged_at: pull.merged_at,
    merge_commit_sha: pull.merge_commit_sha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    labels: pull.labels.map((name) => label(repo, name, urls)),
    milestone: null,
    draft: pull.draft,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${pull.head.sha}`,
    head: branch(pull.head),
    base: branch(pull.base),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: `${api}/issues/${pull.number}` },
      comments: { href: `${api}/issues/${pull.number}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${api}/statuses/${pull.head.sha}` },
    },
    author_association: association(repo, pull.user),
    auto_merge: null,
    active_lock_reason: null,
  };
}

export function pullRequest(repo: RepoState, pull: PullRequestState, urls: Urls) {
  const open = pull.state === "open";
  return {
    ...pullRequestSimple(repo, pull, urls),
    merged: pull.merged,
    // GitHub computes mergeability only for open pull requests.
    mergeable: open ? true : null,
    rebaseable: open ? true : null,
    mergeable_state: open ? "clean" : "unknown",
    merged_by: pull.merged_by && simpleUser(pull.merged_by, urls),
    comments: repo.comments.filter((c) => c.issue_number === pull.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: pull.commits.length,
    additions: pull.files.reduce((sum, file) => sum + file.additions, 0),
    deletions: pull.files.reduce((sum, file) => sum + file.deletions, 0),
    changed_files: pull.files.length,
  };
}
