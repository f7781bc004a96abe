// Reading path numbers and JSON bodies the way GitHub refuses them: a non-number where a number
// belongs is 404 (no such resource), a missing or mistyped body field is 422 in GitHub's words.
import { GitHubError, notA, notFound, notSupplied, validationFailed } from "../errors.js";

/** GitHub's limit on issue, pull request and comment bodies, in characters. */
export const MAX_BODY_CHARACTERS = 65536;

export function numberParam(text: string | undefined): number {
  if (!text || !/^\d+$/.test(text)) throw notFound();
  return Number(text);
}

export function jsonObject(body: unknown): Record<string, unknown> {
  if (body && typeof body === "object" && !Array.isArray(body)) return body as Record<string, unknown>;
  throw new GitHubError(400, "Problems parsing JSON");
}

export function requiredString(body: Record<string, unknown>, field: string): string {
  if (!(field in body)) throw notSupplied(field);
  return optionalString(body, field) as string;
}

export function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw notA(field, value, "a string");
  return value;
}

/** Counted in characters (code points), as GitHub's Ruby counts them, not UTF-16 units. */
export function checkBodyLength(body: string | undefined, resource: string) {
  if (body !== undefined && [...body].length > MAX_BODY_CHARACTERS) {
    throw validationFailed(
      resource,
      "body",
      `body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)`,
    );
  }
}
