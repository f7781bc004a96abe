// What GitHub's refusals mean to the user: a missing permission is a warning that names the one to
// grant; a rate limit also answers 403, and is not one.
import { RequestError } from "@octokit/request-error";
import * as z from "zod";

/** GitHub refused a write: the job's result stands, and the user is told which permission to grant. */
export class GitHubPermissionError extends Error {
  override readonly name = "GitHubPermissionError";
  constructor(
    readonly permission: string,
    message: string,
  ) {
    super(message);
  }
}

/** The error to throw for `error`: a permission error when GitHub refused for want of `permission`. */
export function permissionError(
  error: unknown,
  permission: string,
  refused: string,
  alternative?: string,
): unknown {
  if (!(error instanceof RequestError) || error.status !== 403) return error;
  const rateLimited =
    error.response?.headers["x-ratelimit-remaining"] === "0" || /rate limit/i.test(error.message);
  if (rateLimited) return error;
  return new GitHubPermissionError(
    permission,
    `GitHub refused to ${refused} (${error.message}): give the job \`permissions: ${permission}\`${alternative ? ` (or \`${alternative}\`)` : ""}.`,
  );
}

export function describeError(error: unknown): string {
  if (error instanceof z.ZodError) return "its answer was not in the expected shape";
  return error instanceof Error ? error.message : String(error);
}
