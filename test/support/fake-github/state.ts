// What the fake GitHub knows: repositories with their commits, pull requests, issues and comments,
// and the tokens that may call it. Plain mutable records: a test may change any of them between
// requests. Field names follow GitHub's JSON where the field mirrors one (merge_commit_sha,
// created_at); fake-only notions are camelCase (tree, pullRequests).

export type Level = "none" | "read" | "write";
/** The fine-grained permissions the served routes need (a workflow's `permissions:` keys, snake_cased). */
export type Resource = "contents" | "issues" | "pull_requests";
export type Permissions = Record<Resource, Level>;

export interface Account {
  login: string;
  id: number;
  type: "User" | "Bot" | "Organization";
  /** Profile fields GET /user answers. */
  name?: string | null;
  email?: string | null;
}

/** A GitHub App, as `performed_via_github_app` shows it. */
export interface GitHubApp {
  id: number;
  slug: string;
  node_id: string;
  name: string;
  owner: Account;
  description: string | null;
  external_url: string;
  html_url: string;
  created_at: string;
  updated_at: string;
  permissions: Record<string, string>;
  events: string[];
}

export interface TokenState {
  /** "installation": an app installation token such as a workflow's GITHUB_TOKEN; "user": a personal access token. */
  kind: "installation" | "user";
  identity: Account;
  /** The app that what this token writes is performed via (GitHub Actions for GITHUB_TOKEN). */
  app: GitHubApp | null;
  permissions: Permissions;
  /** Requests per hour (x-ratelimit-limit). */
  rateLimit: number;
}

export interface GitIdentity {
  name: string;
  email: string;
  date: string;
}

export interface CommitState {
  sha: string;
  message: string;
  author: GitIdentity;
  /** The GitHub account the author's email belongs to, if any. */
  user: Account | null;
  parents: string[];
  /** Paths of the files present at this commit. */
  tree: string[];
  /** Pull requests GitHub associates with the commit (GET /commits/{sha}/pulls). */
  pullRequests: number[];
}

export type FileStatus = "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";

export interface FileChange {
  filename: string;
  status: FileStatus;
  additions: number;
  deletions: number;
  previous_filename?: string;
  /** Absent, as for binary or very large files, when undefined. */
  patch?: string;
}

export interface PullRequestState {
  id: number;
  /** The different id that Issues endpoints give the pull request. */
  issue_id: number;
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  draft: boolean;
  merged: boolean;
  merge_commit_sha: string | null;
  merged_by: Account | null;
  head: { sha: string; ref: string };
  base: { sha: string; ref: string };
  user: Account;
  labels: string[];
  files: FileChange[];
  /** Shas of its commits, oldest first; details come from the repository's commits when known. */
  commits: string[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  merged_at: string | null;
}

export interface IssueState {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  state_reason: "completed" | "reopened" | "not_planned" | "duplicate" | null;
  labels: string[];
  user: Account;
  performed_via_github_app: GitHubApp | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface CommentState {
  id: number;
  /** The issue or pull request it is on. */
  issue_number: number;
  body: string;
  user: Account;
  performed_via_github_app: GitHubApp | null;
  created_at: string;
  updated_at: string;
}

export interface RepoState {
  id: number;
  owner: Account;
  name: string;
  private: boolean;
  default_branch: string;
  /** Branch name → the sha of its head, for refs in place of shas. */
  branches: Record<string, string>;
  commits: Record<string, CommitState>;
  pulls: PullRequestState[];
  issues: IssueState[];
  /** In creation order, which is ascending id order, as GitHub lists them. */
  comments: CommentState[];
}
