// The fake GitHub side of the deploy story the event payloads tell (test/fixtures/events): pull
// request #42 of acme/web, fix-checkout at HEAD_SHA, merged into main as MERGE_SHA.
import {
  BASE_SHA,
  HEAD_REF,
  HEAD_SHA,
  MERGE_SHA,
  PR_NUMBER,
  PR_TITLE,
  REPO,
} from "../../fixtures/events/defaults.js";
import type { CommentInput, FileInput, RepoInput } from "./seed.js";

export interface DeployedPullRequestOptions {
  repo?: string;
  /** Files present at the merge commit. */
  tree?: string[];
  /** What #42 changed. */
  files?: FileInput[];
  comments?: CommentInput[];
  /** #42's description. */
  body?: string;
  /** A private repository: every read needs the token's permission. */
  private?: boolean;
}

/** `repos` for startFakeGitHub: the repository with #42 merged, and whatever comments it has. */
export function deployedPullRequest(options: DeployedPullRequestOptions = {}): Record<string, RepoInput> {
  return {
    [options.repo ?? REPO]: {
      private: options.private ?? false,
      branches: { main: MERGE_SHA, [HEAD_REF]: HEAD_SHA },
      commits: {
        [BASE_SHA]: { message: "Previous release", tree: ["README.md", "src/checkout.ts"] },
        [HEAD_SHA]: {
          message: "Round the total once",
          parents: [BASE_SHA],
          tree: ["README.md", "src/checkout.ts"],
        },
        [MERGE_SHA]: {
          message: `Merge pull request #${PR_NUMBER} from acme/${HEAD_REF}\n\n${PR_TITLE}`,
          parents: [BASE_SHA, HEAD_SHA],
          tree: options.tree ?? ["README.md", "src/checkout.ts", "src/cart/total.ts"],
        },
      },
      pulls: [
        {
          number: PR_NUMBER,
          title: PR_TITLE,
          body: options.body ?? "Rounds the total once, at the end.",
          head: { sha: HEAD_SHA, ref: HEAD_REF },
          base: { sha: BASE_SHA, ref: "main" },
          merged: true,
          merge_commit_sha: MERGE_SHA,
          files: options.files ?? [{ filename: "src/checkout.ts", additions: 3, deletions: 1 }],
        },
      ],
      comments: options.comments ?? [],
    },
  };
}
