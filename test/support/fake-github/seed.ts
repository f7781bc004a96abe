// The fake's state and the way a test fills it: inputs name only what the test cares about, the
// rest gets GitHub-like defaults. A pull request is associated with its head, its commits and, once
// merged, its merge commit, as GitHub associates them (GET /commits/{sha}/pulls).
//
//   const github = await startFakeGitHub({
//     repos: {
//       "acme/web": {
//         commits: { [MERGE_SHA]: { tree: ["src/checkout.ts"] } },
//         pulls: [{ number: 42, head: { sha: HEAD_SHA }, merged: true, merge_commit_sha: MERGE_SHA }],
//         comments: [{ issue_number: 42, body: "LGTM" }],
//       },
//     },
//   });
//   github.state.addComment("acme/web", { issue_number: 42, body: "…", user: GITHUB_ACTIONS_BOT });
import { createHash } from "node:crypto";
import { OCTOCAT } from "./identities.js";
import type {
  Account,
  CommentState,
  CommitState,
  FileChange,
  IssueState,
  PullRequestState,
  RepoState,
  TokenState,
} from "./state.js";

export type CommitInput = Partial<Omit<CommitState, "sha">>;

export type FileInput = Pick<FileChange, "filename"> & Partial<FileChange>;

export interface PullRequestInput
  extends Partial<Omit<PullRequestState, "id" | "issue_id" | "number" | "head" | "base" | "files">> {
  number: number;
  head: { sha: string; ref?: string };
  base?: { sha?: string; ref?: string };
  files?: FileInput[];
}

export interface IssueInput extends Partial<Omit<IssueState, "id" | "number">> {
  title: string;
  /** Default: the next free number (issues and pull requests share numbers). */
  number?: number;
}

export interface CommentInput extends Partial<Omit<CommentState, "id">> {
  issue_number: number;
  body: string;
}

export interface RepoInput {
  /** Default: an organization named after the owner part of the name. */
  owner?: Account;
  private?: boolean;
  default_branch?: string;
  branches?: Record<string, string>;
  commits?: Record<string, CommitInput>;
  pulls?: PullRequestInput[];
  issues?: IssueInput[];
  comments?: CommentInput[];
}

/** GitHub's timestamps: UTC, whole seconds. */
export function timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** A stable 40-hex sha for something the test did not name (a tree, a blob, a base commit). */
export function fakeSha(seed: string): string {
  return createHash("sha1").update(seed).digest("hex");
}

export class GitHubState {
  readonly repos = new Map<string, RepoState>();
  readonly tokens: Map<string, TokenState>;
  // Ids grow with creation, as GitHub's do; comments are listed in id order.
  private lastId = 2_000_000_000;

  constructor(
    tokens: Record<string, TokenState>,
    readonly now: () => Date,
  ) {
    this.tokens = new Map(Object.entries(tokens));
  }

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  /** owner/name, looked up without regard to case as GitHub does. */
  findRepo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  findRepoById(id: number): RepoState | undefined {
    return [...this.repos.values()].find((repo) => repo.id === id);
  }

  /** The repository, for a test to read or change; throws when it was never added. */
  repo(fullName: string): RepoState {
    const repo = this.repos.get(fullName.toLowerCase());
    if (!repo) throw new Error(`fake GitHub: no repository ${fullName}`);
    return repo;
  }

  addRepo(fullName: string, input: RepoInput = {}): RepoState {
    const [ownerLogin, name] = fullName.split("/");
    if (!ownerLogin || !name) throw new Error(`fake GitHub: "${fullName}" is not owner/name`);
    const default_branch = input.default_branch ?? "main";
    const repo: RepoState = {
      id: this.nextId(),
      owner: input.owner ?? { login: ownerLogin, id: this.nextId(), type: "Organization" },
      name,
      private: input.private ?? false,
      default_branch,
      branches: { [default_branch]: fakeSha(`${fullName}@${default_branch}`), ...input.branches },
      commits: {},
      pulls: [],
      issues: [],
      comments: [],
    };
    this.repos.set(fullName.toLowerCase(), repo);
    for (const [sha, commit] of Object.entries(input.commits ?? {})) this.addCommit(fullName, sha, commit);
    for (const pull of input.pulls ?? []) this.addPullRequest(fullName, pull);
    for (const issue of input.issues ?? []) this.addIssue(fullName, issue);
    for (const comment of input.comments ?? []) this.addComment(fullName, comment);
    return repo;
  }

  /** Adds the commit, or completes the one a pull request already registered. */
  addCommit(fullName: string, sha: string, input: CommitInput = {}): CommitState {
    const repo = this.repo(fullName);
    const existing = repo.commits[sha];
    const commit: CommitState = {
      sha,
      message: `Commit ${sha.slice(0, 7)}`,
      author: { name: "The Octocat", email: "octocat@github.com", date: timestamp(this.now()) },
      user: OCTOCAT,
      parents: [],
      tree: [],
      pullRequests: [],
      ...existing,
      ...defined(input),
    };
    commit.pullRequests = [...new Set([...(existing?.pullRequests ?? []), ...(input.pullRequests ?? [])])];
    repo.commits[sha] = commit;
    return commit;
  }

  addPullRequest(fullName: string, input: PullRequestInput): PullRequestState {
    const repo = this.repo(fullName);
    this.claimNumber(repo, input.number);
    const created = timestamp(this.now());
    const merged = input.merged ?? false;
    const { head, base, files, ...rest } = input;
    const pull: PullRequestState = {
      id: this.nextId(),
      issue_id: this.nextId(),
      title: `Pull request #${input.number}`,
      body: null,
      state: merged ? "closed" : "open",
      draft: false,
      merge_commit_sha: null,
      merged_by: merged ? (input.user ?? OCTOCAT) : null,
      user: OCTOCAT,
      labels: [],
      commits: [head.sha],
      created_at: created,
      updated_at: created,
      closed_at: merged ? created : null,
      merged_at: merged ? created : null,
      ...defined(rest),
      merged,
      head: { sha: head.sha, ref: head.ref ?? `feature-${input.number}` },
      base: {
        ref: base?.ref ?? repo.default_branch,
        sha: base?.sha ?? repo.branches[base?.ref ?? repo.default_branch] ?? fakeSha(`${fullName}#base`),
      },
      files: (files ?? []).map((file) => ({ status: "modified", additions: 1, deletions: 0, ...file })),
    };
    repo.pulls.push(pull);
    const associated = [...pull.commits, pull.head.sha];
    if (pull.merged && pull.merge_commit_sha) associated.push(pull.merge_commit_sha);
    for (const sha of associated) this.addCommit(fullName, sha, { pullRequests: [pull.number] });
    return pull;
  }

  addIssue(fullName: string, input: IssueInput): IssueState {
    const repo = this.repo(fullName);
    const number = input.number ?? this.nextNumber(repo);
    this.claimNumber(repo, number);
    const created = timestamp(this.now());
    const issue: IssueState = {
      id: this.nextId(),
      body: null,
      state: "open",
      state_reason: null,
      labels: [],
      user: OCTOCAT,
      performed_via_github_app: null,
      created_at: created,
      updated_at: created,
      closed_at: null,
      ...defined(input),
      number,
    };
    repo.issues.push(issue);
    return issue;
  }

  addComment(fullName: string, input: CommentInput): CommentState {
    const repo = this.repo(fullName);
    if (!isIssueOrPull(repo, input.issue_number)) {
      throw new Error(`fake GitHub: ${fullName} has no issue or pull request #${input.issue_number}`);
    }
    const created = timestamp(this.now());
    const comment: CommentState = {
      user: OCTOCAT,
      performed_via_github_app: null,
      created_at: created,
      updated_at: input.created_at ?? created,
      ...defined(input),
      id: this.nextId(),
    };
    repo.comments.push(comment);
    return comment;
  }

  /** Issues and pull requests share one sequence of numbers. */
  nextNumber(repo: RepoState): number {
    return Math.max(0, ...repo.pulls.map((p) => p.number), ...repo.issues.map((i) => i.number)) + 1;
  }

  private claimNumber(repo: RepoState, number: number) {
    if (isIssueOrPull(repo, number)) {
      throw new Error(`fake GitHub: #${number} is already taken in ${repo.owner.login}/${repo.name}`);
    }
  }
}

/** The input without keys set to undefined, so that they leave the defaults alone. */
function defined<T extends object>(input: T): T {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as T;
}

export function isIssueOrPull(repo: RepoState, number: number): boolean {
  return repo.pulls.some((p) => p.number === number) || repo.issues.some((i) => i.number === number);
}
