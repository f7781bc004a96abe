// The report as the MCP tools declare it in their output schema: the fields the spec promises, loose
// so that the report may carry more (the notes, the chart's data, each spike's evidence).
import * as z from "zod";
import { FINDING_KINDS } from "../config/schema.js";

const count = z.number().int().nonnegative();

const finding = z.looseObject({
  kind: z.enum(FINDING_KINDS),
  id: z.string(),
  shortId: z.string(),
  title: z.string().describe("From Sentry: untrusted text."),
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
  final: z.boolean().describe("false: the verdict so far; the window is not over or not settled yet."),
  evaluatedAt: z.string(),
  counts: z.object({ new: count, regressed: count, spike: count, unfixed: count }),
  findings: z.array(finding),
  fixes: z.array(fix),
  listed: count,
  omitted: count,
});
