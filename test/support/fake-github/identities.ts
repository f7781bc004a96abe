// Who calls GitHub: the workflow's GITHUB_TOKEN (an installation token of the GitHub Actions app,
// acting as github-actions[bot]) and a person's personal access token, with GitHub's real ids.
import type { Account, GitHubApp, Permissions, TokenState } from "./state.js";

export const OCTOCAT: Account = {
  login: "octocat",
  id: 583231,
  type: "User",
  name: "The Octocat",
  email: null,
};

export const GITHUB_ORG: Account = { login: "github", id: 9919, type: "Organization" };

export const GITHUB_ACTIONS_BOT: Account = { login: "github-actions[bot]", id: 41898282, type: "Bot" };

export const GITHUB_ACTIONS_APP: GitHubApp = {
  id: 15368,
  slug: "github-actions",
  node_id: "MDM6QXBwMTUzNjg=",
  name: "GitHub Actions",
  owner: GITHUB_ORG,
  description: "Automate your workflow from idea to production",
  external_url: "https://help.github.com/en/actions",
  html_url: "https://github.com/apps/github-actions",
  created_at: "2018-07-30T09:30:17Z",
  updated_at: "2019-12-10T19:04:12Z",
  permissions: {
    actions: "write",
    checks: "write",
    contents: "write",
    deployments: "write",
    issues: "write",
    metadata: "read",
    pull_requests: "write",
    statuses: "write",
  },
  events: ["check_run", "check_suite", "deployment", "issue_comment", "issues", "pull_request", "push"],
};

/** Shaped like real tokens (ghs_ installation, ghp_ personal), obviously not real ones. */
export const WORKFLOW_TOKEN = `ghs_${"f4ke".repeat(9)}`;
export const USER_TOKEN = `ghp_${"f4ke".repeat(9)}`;

/** What a workflow gets from `permissions: { contents: read, issues: write, pull-requests: write }`. */
export const WORKFLOW_PERMISSIONS: Permissions = {
  contents: "read",
  issues: "write",
  pull_requests: "write",
};

/** A workflow's token on a pull request from a fork, or with the restricted default. */
export const READ_ONLY: Permissions = { contents: "read", issues: "read", pull_requests: "read" };

/** GITHUB_TOKEN: 1,000 requests an hour per repository (GitHub's documented limit for it). */
export function workflowToken(permissions: Partial<Permissions> = {}): TokenState {
  return {
    kind: "installation",
    identity: GITHUB_ACTIONS_BOT,
    app: GITHUB_ACTIONS_APP,
    permissions: { ...WORKFLOW_PERMISSIONS, ...permissions },
    rateLimit: 1000,
  };
}

/** A personal access token of `user`: 5,000 requests an hour. */
export function userToken(user: Account = OCTOCAT, permissions: Partial<Permissions> = {}): TokenState {
  return {
    kind: "user",
    identity: user,
    app: null,
    permissions: { contents: "write", issues: "write", pull_requests: "write", ...permissions },
    rateLimit: 5000,
  };
}
