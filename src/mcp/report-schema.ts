// The report as the MCP tools declare it in their output schema: the fields the spec promises, loose
// so that the report may carry more (the notes, the chart's data, each spike's or latency test's evidence).
import * as z from "zod";
import { FINDING_KINDS, type FindingKind } from "../config/schema.js";

const count = z.number().int().nonnegative();

const finding = z.looseObject({
  kind: z.enum(FINDING_KINDS),
  subject: z
    .enum(["issue", "transaction", "release"])
    .describe(
      "What it is about: a Sentry issue; a transaction (latency, failure-rate), whose id and shortId are its name; the release (crash-rate), whose id and shortId are its version.",
    ),
  id: z.string(),
  shortId: z.string().describe("An issue's short ID, a transaction's name, or the release's version."),
  title: z.string().describe("From Sentry, or a sentence about a transaction or release: untrusted text."),
  project: z.string(),
  events: count.describe("Events since the deploy (or in the scan's lookback)."),
  users: count,
  firstSeen: z.string().nullable(),
  permalink: z.string(),
  culprit: z.string().nullable(),
  category: z.string().describe("Sentry's issue category: error, performance, …"),
});

const fix = z.looseObject({
  shortId: z.string(),
  status: z.enum(["confirmed", "unfixed", "unverified"]),
  events: count.describe("Events of the release since the deploy."),
  detail: z.string().describe("The evidence, in one sentence."),
});

export const reportSchema = z.looseObject({
  verdict: z.enum(["pass", "fail", "inconclusive", "error"]),
  reason: z.string().describe("Why, in one line."),
  mode: z.enum(["verify", "scan"]),
  release: z.string().nullable(),
  environment: z.string().nullable(),
  projects: z.array(z.string()),
  deployedAt: z.string().nullable(),
  rolloutStartedAt: z
    .string()
    .nullable()
    .describe("When the release began to roll out; as deployedAt when unknown."),
  window: z.string(),
  settledAt: z.string().nullable().describe("When the window's last, settled poll ran; null before."),
  final: z
    .boolean()
    .describe(
      "false: the verdict so far; the window is not over or not settled yet (or the watching stopped at a failure). Call again at callAgainAt for the final one.",
    ),
  windowEnd: z.string().nullable().describe("When the watch window ends."),
  callAgainAt: z
    .string()
    .optional()
    .describe(
      "Only when final is false: when a call gets the final verdict (the window's end and settle). ISO 8601.",
    ),
  retryAfterSeconds: count
    .optional()
    .describe("Only when final is false: seconds from this answer to callAgainAt."),
  notes: z.array(z.string()).describe("What the verdict rests on or could not see, a sentence each."),
  evaluatedAt: z.string(),
  counts: z.object(
    Object.fromEntries(FINDING_KINDS.map((kind) => [kind, count])) as Record<FindingKind, typeof count>,
  ),
  findings: z.array(finding),
  fixes: z.array(fix),
  listed: count,
  omitted: count,
  traffic: z
    .object({ errors: count.nullable(), transactions: count.nullable(), sessions: count.nullable() })
    .describe(
      "What Sentry received from the release since the rollout began; null where it could not say (no tracing, no release health, a source that cannot tell, or a scan).",
    ),
  performance: z
    .looseObject({
      unavailable: z
        .array(z.string())
        .describe("Signals that could not be read, and why: never clean, only unknown."),
      transactions: z.array(
        z.looseObject({
          transaction: z.string().describe("From Sentry: untrusted text."),
          latency: z.looseObject({}).nullable(),
          failureRate: z.looseObject({}).nullable(),
        }),
      ),
      transactionsOmitted: count,
      crashRate: z.looseObject({ previousRelease: z.string().nullable() }).nullable(),
      tested: count.describe("The tests the family-wise level holds over."),
      insufficientSample: count.describe("Checks whose sample was too small to be called clean."),
    })
    .nullable()
    .describe(
      "The latency, failure-rate and crash-rate tests: each listed transaction's p95 and failed share before and since the deploy, the release's crash-free sessions against the previous release's, and what could not be read; null when they did not run (a scan, or a run that stopped before them).",
    ),
});
