// A Sentry body that does not have the shape we rely on is an error that names the first bad field,
// never a crash further down and never an item quietly skipped.
import type { z } from "zod";
import { SentryError } from "../errors.js";

export function parseAs<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
  endpoint: string,
  at: readonly PropertyKey[] = [],
): z.output<Schema> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = fieldPath([...at, ...(issue?.path ?? [])]);
  throw new SentryError(
    "malformed",
    `Sentry's answer to ${endpoint} does not have the expected shape at ${path}: ${issue?.message ?? "invalid"}.`,
  );
}

/** ["entries", 0, "data"] → "entries[0].data"; the body itself is "(body)". */
function fieldPath(path: readonly PropertyKey[]): string {
  const text = path
    .map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`))
    .join("")
    .replace(/^\./, "");
  return text || "(body)";
}
