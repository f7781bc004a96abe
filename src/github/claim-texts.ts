// The texts that may claim fixes ("Fixes WEB-123"): the pull request's title and body, its commits'
// messages, the pushed commits' messages, and the deployed commit's own message when none of those
// had it. Never fatal: what GitHub refuses or fails to answer becomes one warning each, naming what
// could not be read and why; the claims of the rest still count.
import { RequestError } from "@octokit/request-error";
import * as z from "zod";
import type { ClaimText } from "../engine/fix-claims.js";
import type { GitHub } from "./client.js";
import { describeError, GitHubPermissionError, permissionError } from "./errors.js";
import type { GithubRun } from "./event.js";
import type { Repository } from "./repository.js";

/** Of each text, this many characters are read: GitHub's own limit on a pull request's body. */
export const MAX_TEXT_CHARACTERS = 65_536;
/** And this many texts: a pull request's 250 commits, its title and body, and room for a push. */
export const MAX_TEXTS = 300;

const Sha = z.string().regex(/^[0-9a-f]{40}$/i);
const PullRequest = z.object({ title: z.string(), body: z.string().nullable().optional() });
const Commit = z.object({ sha: Sha, commit: z.object({ message: z.string() }) });
const PushPayload = z.object({
  commits: z.array(z.unknown()).nullish(),
  head_commit: z.unknown().nullish(),
});
const PushedCommit = z.object({ id: Sha, message: z.string() });

export async function readClaimTexts(
  github: GitHub,
  repository: Repository,
  run: GithubRun,
  deployedCommit: string | undefined,
  pullRequest: number | null,
): Promise<{ texts: ClaimText[]; warnings: string[] }> {
  const where = { owner: repository.owner, repo: repository.name };
  const texts: ClaimText[] = [];
  const warnings: string[] = [];
  const commitsRead = new Set<string>();
  let dropped = 0;
  const add = (place: string, text: string) => {
    if (text.trim() === "") return;
    if (texts.length >= MAX_TEXTS) dropped += 1;
    else texts.push({ where: place, text: bounded(text) });
  };
  const addCommit = (sha: string, message: string) => {
    const key = sha.toLowerCase();
    if (commitsRead.has(key)) return;
    commitsRead.add(key);
    add(`commit ${key.slice(0, 7)}`, message);
  };

  if (pullRequest !== null) {
    const place = `pull request #${pullRequest}`;
    try {
      const response = await github.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
        ...where,
        pull_number: pullRequest,
      });
      const pull = PullRequest.parse(response.data);
      add(place, pull.title);
      add(place, pull.body ?? "");
    } catch (error) {
      warnings.push(couldNotRead(error, `the title and description of ${place}`, "pull-requests: read"));
    }
    try {
      // GitHub lists at most 250 commits of a pull request; the deployed commit is read on its own
      // below when it is not among them.
      const pages = github.paginate.iterator("GET /repos/{owner}/{repo}/pulls/{pull_number}/commits", {
        ...where,
        pull_number: pullRequest,
        per_page: 100,
      });
      for await (const page of pages) {
        for (const commit of z.array(Commit).parse(page.data)) addCommit(commit.sha, commit.commit.message);
        if (texts.length >= MAX_TEXTS) break;
      }
    } catch (error) {
      warnings.push(couldNotRead(error, `the commits of ${place}`, "pull-requests: read"));
    }
  }

  if (run.eventName === "push") {
    // The payload is the workflow's own file: parsed, and a malformed commit skipped, not trusted.
    const payload = PushPayload.safeParse(run.payload);
    if (payload.success) {
      for (const entry of [...(payload.data.commits ?? []), payload.data.head_commit]) {
        const commit = PushedCommit.safeParse(entry);
        if (commit.success) addCommit(commit.data.id, commit.data.message);
      }
    }
  }

  if (deployedCommit && !commitsRead.has(deployedCommit.toLowerCase())) {
    try {
      const response = await github.request("GET /repos/{owner}/{repo}/commits/{ref}", {
        ...where,
        ref: deployedCommit,
      });
      const commit = Commit.parse(response.data);
      addCommit(commit.sha, commit.commit.message);
    } catch (error) {
      warnings.push(
        couldNotRead(error, `the message of commit ${deployedCommit.slice(0, 7)}`, "contents: read"),
      );
    }
  }

  if (dropped > 0) {
    warnings.push(`Only the first ${MAX_TEXTS} texts were read for fix claims; ${dropped} more were not.`);
  }
  return { texts, warnings };
}

/** "Could not read … for fix claims: why", or, for want of a permission, the permission to grant. */
function couldNotRead(error: unknown, what: string, permission: string): string {
  const refused = permissionError(error, permission, `read ${what} for fix claims`);
  return refused instanceof GitHubPermissionError
    ? refused.message
    : `Could not read ${what} for fix claims: ${why(error)}`;
}

/** describeError, short: a proxy's HTML error page is only its status, a long message is cut. */
function why(error: unknown): string {
  const text = describeError(error);
  if (error instanceof RequestError && /^\s*</.test(text)) return `GitHub answered HTTP ${error.status}`;
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** The text's first MAX_TEXT_CHARACTERS characters, not splitting a surrogate pair. */
function bounded(text: string): string {
  if (text.length <= MAX_TEXT_CHARACTERS) return text;
  const code = text.charCodeAt(MAX_TEXT_CHARACTERS - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_TEXT_CHARACTERS - 1 : MAX_TEXT_CHARACTERS);
}
