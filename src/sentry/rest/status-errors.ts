// Sentry's answers that no retry can fix (400, 401, 403, 404 …), turned into what the user must change.
import { SentryError } from "../errors.js";
import type { Redactor } from "../redact.js";
import type { Call } from "./http.js";

const ORG_TOKEN_HINT =
  " Organization auth tokens (sntrys_…) only have the org:ci scope and cannot read issues:" +
  " use an internal integration token (Settings → Custom Integrations) with read access to" +
  " Issue & Event, Project and Organization.";

export function errorForStatus(
  status: number,
  endpoint: string,
  call: Call,
  body: string,
  token: string,
  redact: Redactor,
): SentryError {
  const said = sentryDetail(body, redact);
  const quoted = said ? ` Sentry said: "${said}"` : "";
  switch (status) {
    case 401:
      return new SentryError(
        "unauthorized",
        `Sentry rejected the token (401 on ${endpoint}): set auth-token / SENTRY_AUTH_TOKEN to a valid token.${quoted}`,
        status,
      );
    case 403:
      return new SentryError(
        "forbidden",
        `The token may not ${call.what} (403 on ${endpoint}): it needs the ${call.scope} scope` +
          ` and access to that organization and project.${token.startsWith("sntrys_") ? ORG_TOKEN_HINT : ""}${quoted}`,
        status,
      );
    case 404:
      return new SentryError("not-found", `${call.notFound} (404 on ${endpoint}).${quoted}`, status);
    default: {
      const message =
        `Sentry refused to ${call.what} (${status} on ${endpoint})${said ? `: ${said.replace(/[.\s]+$/, "")}` : ""}.` +
        (call.badRequestHint ? ` ${call.badRequestHint}` : "");
      if (status === 400 && call.unsupported?.test(said))
        return new UnsupportedError("bad-request", message, status);
      return new SentryError("bad-request", message, status);
    }
  }
}

/** Sentry refused a request because it lacks what the request needs (Call.unsupported). */
class UnsupportedError extends SentryError {}

/** null when Sentry lacks what the request needs (an UnsupportedError); any other failure stays one. */
export async function orUnsupported<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof UnsupportedError) return null;
    throw error;
  }
}

/** Sentry's own explanation: `{"detail": "…"}`, a bare JSON string (as on 429), or else the raw text. */
function sentryDetail(body: string, redact: Redactor): string {
  let detail: unknown = body;
  try {
    const parsed: unknown = JSON.parse(body);
    detail = typeof parsed === "object" && parsed !== null && "detail" in parsed ? parsed.detail : parsed;
  } catch {
    // Not JSON (an HTML error page from a proxy): quote the text itself.
  }
  const text = typeof detail === "string" ? detail : JSON.stringify(detail ?? "");
  return redact.quote(text);
}
