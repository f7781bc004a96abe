// One error type for everything that goes wrong asking Sentry. Its message is written for the user
// and never carries the token; `retryable` tells the engine whether a later poll may succeed.

export type SentryErrorKind =
  | "unauthorized"
  | "forbidden"
  | "not-found"
  | "bad-request"
  | "rate-limited"
  | "unavailable"
  | "malformed"
  | "unsafe";

const RETRYABLE: ReadonlySet<SentryErrorKind> = new Set(["rate-limited", "unavailable", "malformed"]);

export class SentryError extends Error {
  override readonly name = "SentryError";
  readonly retryable: boolean;

  constructor(
    readonly kind: SentryErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.retryable = RETRYABLE.has(kind);
  }
}
