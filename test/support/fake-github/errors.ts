// GitHub's error answers: {"message", "documentation_url", "status"} (status a string since 2024),
// the documentation URL being the operation's own page, and 422s with GitHub's wording.

export class GitHubError extends Error {
  override readonly name = "GitHubError";
  constructor(
    readonly status: number,
    message: string,
    /** Fields between message and documentation_url, such as a 422's `errors`. */
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
    /** Instead of the operation's page (rate limits link their own). */
    readonly documentationUrl?: string,
  ) {
    super(message);
  }
}

/** Where GitHub points when no operation applies (bad credentials, unknown paths). */
export const REST_DOCS = "https://docs.github.com/rest";

export function errorBody(error: GitHubError, documentationUrl: string) {
  return {
    message: error.message,
    ...error.extra,
    documentation_url: error.documentationUrl ?? documentationUrl,
    status: String(error.status),
  };
}

export const notFound = () => new GitHubError(404, "Not Found");

/** A required field missing from the JSON body. */
export const notSupplied = (field: string) =>
  new GitHubError(422, `Invalid request.\n\n"${field}" wasn't supplied.`);

/** GitHub's schema check speaks Ruby: null is "nil". */
export const notA = (field: string, value: unknown, type: string) =>
  new GitHubError(
    422,
    `Invalid request.\n\nFor 'properties/${field}', ${value === null ? "nil" : JSON.stringify(value)} is not ${type}.`,
  );

/** A model validation, e.g. IssueComment body: "body is too long (maximum is 65536 characters)". */
export const validationFailed = (resource: string, field: string, message: string) =>
  new GitHubError(422, "Validation Failed", { errors: [{ resource, code: "custom", field, message }] });
