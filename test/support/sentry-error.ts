// For tests that expect a call to fail with a SentryError: the error, once it is known to be one.
import { expect } from "vitest";
import { SentryError } from "../../src/sentry/errors.js";

export async function sentryFailure(promise: Promise<unknown>): Promise<SentryError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SentryError);
  return error as SentryError;
}
