// Answers as Sentry's API gives them: JSON bodies, and errors as {"detail": "..."} (Django REST
// framework's shape) with Sentry's own wording where it is known.
import type { ServerResponse } from "node:http";

export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

/** ResourceDoesNotExist: an unknown organization, project, release, issue or environment. */
export const notFound = () => new ApiError(404, { detail: "The requested resource does not exist" });

/** ParseError and the endpoints' own 400s. */
export const badRequest = (detail: string) => new ApiError(400, { detail });

export const permissionDenied = () =>
  new ApiError(403, { detail: "You do not have permission to perform this action." });

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  if (response.destroyed || response.writableEnded) return;
  response.writeHead(status, { "Content-Type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

export function iso(date: Date | null | undefined): string | null {
  return date ? date.toISOString() : null;
}
