// A release's traffic beside its errors: sampled transactions (what the spans dataset's segment
// spans hold) and release-health sessions. A world may hold ~100,000 of them, so each is a small
// plain object with times in epoch milliseconds, and routes scan them rather than index them.
import { resolveTime, type TimeInput } from "./relative-time.js";
import type { World } from "./world.js";

/** Span statuses as SDKs send them (Relay's SpanStatus, the OpenTelemetry/gRPC codes' names). */
export const SPAN_STATUSES = [
  "ok",
  "cancelled",
  "unknown",
  "invalid_argument",
  "deadline_exceeded",
  "not_found",
  "already_exists",
  "permission_denied",
  "resource_exhausted",
  "failed_precondition",
  "aborted",
  "out_of_range",
  "unimplemented",
  "internal_error",
  "unavailable",
  "data_loss",
  "unauthenticated",
] as const;
export type SpanStatus = (typeof SPAN_STATUSES)[number];

/**
 * failure_count() and failure_rate() count spans whose sentry.status is not one of these
 * (src/sentry/search/eap/spans/formulas.py, failure_count and failure_rate).
 */
const NOT_FAILURES: ReadonlySet<SpanStatus> = new Set(["ok", "cancelled", "unknown"]);

export function isFailure(status: SpanStatus): boolean {
  return !NOT_FAILURES.has(status);
}

/** One sampled transaction: a segment span (is_transaction:true) of the spans dataset. */
export interface SimTransaction {
  /** Project slug. */
  project: string;
  transaction: string;
  /** The span's start in epoch ms: what the dataset's time range goes by. */
  at: number;
  /** When Sentry had processed it, epoch ms, never before `at`: invisible until then. */
  processedAt: number;
  durationMs: number;
  status: SpanStatus;
  release: string | null;
  environment: string;
  /** The sample rate it was kept at, in (0, 1]: only extrapolated counts use it. */
  sampleRate: number;
}

/** A session's final status; newer SDKs also send `unhandled`, which the simulator does not record. */
export type SessionStatus = "healthy" | "errored" | "crashed" | "abnormal";

/** One release-health session, counted at its start as the session metrics are. */
export interface SimSession {
  /** Project slug. */
  project: string;
  /** Started, epoch ms. */
  at: number;
  /** When Sentry had it, epoch ms, never before `at`. */
  processedAt: number;
  release: string;
  environment: string;
  status: SessionStatus;
  /** The session's distinct_id; null: none sent. */
  user: string | null;
}

interface RecordInput {
  at: TimeInput;
  /** Default: `at` plus the world's processing delay, as for events; never before `at`. */
  processedAt?: TimeInput;
  /** Project slug; default: the world's first project. */
  project?: string;
  /** Default: production. */
  environment?: string;
}

export interface TransactionInput extends RecordInput {
  transaction: string;
  durationMs: number;
  /** Default: ok. */
  status?: SpanStatus;
  release?: string | null;
  /** Default: 1. */
  sampleRate?: number;
}

export interface SessionInput extends RecordInput {
  release: string;
  /** Default: healthy. */
  status?: SessionStatus;
  user?: string | null;
}

export function addTransactions(world: World, inputs: readonly TransactionInput[]): void {
  const record = recorder(world);
  for (const input of inputs) {
    const sampleRate = input.sampleRate ?? 1;
    if (!(sampleRate > 0 && sampleRate <= 1))
      throw new Error(`sampleRate must be in (0, 1], got ${sampleRate}`);
    if (!(Number.isFinite(input.durationMs) && input.durationMs >= 0)) {
      throw new Error(`durationMs must be 0 or more, got ${input.durationMs}`);
    }
    const [project, at, processedAt] = record(input);
    // Written out, not spread: this runs for every one of tens of thousands of records.
    world.transactions.push({
      project,
      transaction: input.transaction,
      at,
      processedAt,
      durationMs: input.durationMs,
      status: input.status ?? "ok",
      release: input.release ?? null,
      environment: input.environment ?? "production",
      sampleRate,
    });
  }
}

export function addSessions(world: World, inputs: readonly SessionInput[]): void {
  const record = recorder(world);
  for (const input of inputs) {
    const [project, at, processedAt] = record(input);
    world.sessions.push({
      project,
      at,
      processedAt,
      release: input.release,
      environment: input.environment ?? "production",
      status: input.status ?? "healthy",
      user: input.user ?? null,
    });
  }
}

/** A record's project (checked to exist), time and processing time. */
function recorder(world: World) {
  const slugs = new Set(world.projects.map((p) => p.slug));
  const time = (input: TimeInput) =>
    input instanceof Date ? input.getTime() : resolveTime(input, world.anchors).getTime();
  return (input: RecordInput): [project: string, at: number, processedAt: number] => {
    const project = input.project ?? world.projects[0]?.slug;
    if (project === undefined || !slugs.has(project)) {
      throw new Error(`Unknown project ${String(project)}: add it before its traffic`);
    }
    const at = time(input.at);
    const processedAt = input.processedAt ? time(input.processedAt) : at + world.processingDelayMs;
    return [project, at, Math.max(processedAt, at)];
  };
}
