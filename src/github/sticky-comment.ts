// One comment of ours per pull request and gate, found again by its marker on every run and edited in
// place. A comment is ours only when it carries the marker AND we wrote it: anyone can paste a marker
// into a comment, and a token that may write comments may also edit other people's.
import * as z from "zod";
import type { GitHub } from "./client.js";
import { permissionError } from "./errors.js";
import { identity } from "./identity.js";
import type { Repository } from "./repository.js";

export type CommentOutcome =
  | { action: "created" | "updated"; url: string }
  | { action: "skipped"; why: string };

const Comment = z.object({
  id: z.number(),
  body: z.string().nullish(),
  html_url: z.string(),
  user: z.object({ login: z.string(), type: z.string() }).nullable(),
});
type Comment = z.infer<typeof Comment>;

export async function upsertComment(
  github: GitHub,
  repository: Repository,
  issueNumber: number,
  comment: { marker: string; body: string; create: boolean },
): Promise<CommentOutcome> {
  const where = { owner: repository.owner, repo: repository.name };
  try {
    const isUs = await identity(github);
    let ours: Comment | undefined;
    const pages = github.paginate.iterator("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...where,
      issue_number: issueNumber,
      per_page: 100,
    });
    for await (const page of pages) {
      ours = z
        .array(Comment)
        .parse(page.data)
        .find((c) => c.user !== null && isUs(c.user) && (c.body ?? "").includes(comment.marker));
      if (ours) break;
    }
    if (ours) {
      const updated = await github.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        ...where,
        comment_id: ours.id,
        body: comment.body,
      });
      return { action: "updated", url: Comment.parse(updated.data).html_url };
    }
    if (!comment.create)
      return { action: "skipped", why: "no findings, and no earlier comment of ours to update" };
    const created = await github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...where,
      issue_number: issueNumber,
      body: comment.body,
    });
    return { action: "created", url: Comment.parse(created.data).html_url };
  } catch (error) {
    throw permissionError(
      error,
      "pull-requests: write",
      `comment on pull request #${issueNumber}`,
      "issues: write",
    );
  }
}
