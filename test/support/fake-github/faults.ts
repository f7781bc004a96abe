// Faults a test queues to see how a client copes with a misbehaving GitHub. Each applies to the next
// `times` requests it matches (an operation id such as "issues/create-comment", or a pattern tested
// against the path), in queue order.

export type FaultAction =
  /** Answer with this status instead (500, 502, 503…): a JSON body, or a string sent as an HTML page. */
  | { type: "status"; status: number; body?: unknown; headers?: Record<string, string> }
  /** The primary rate limit spent: x-ratelimit-remaining 0, reset this many seconds ahead (default 60). */
  | { type: "rate-limit"; status?: 403 | 429; resetInSeconds?: number }
  /** A secondary rate limit: GitHub's message and retry-after (default 1 second). */
  | { type: "secondary-rate-limit"; status?: 403 | 429; retryAfter?: number }
  /** Answer normally, this much later. */
  | { type: "delay"; ms: number }
  /** Close the connection without answering. */
  | { type: "reset" };

export type Fault = FaultAction & {
  /** An operation id or a pattern tested against the path; default: any request. */
  match?: string | RegExp;
  /** How many matching requests it applies to; default 1. */
  times?: number;
};

export class FaultQueue {
  private readonly queue: { fault: Fault; left: number }[] = [];

  push(fault: Fault): void {
    this.queue.push({ fault, left: fault.times ?? 1 });
  }

  clear(): void {
    this.queue.length = 0;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** The fault for this request, if one matches; it is used up after `times` requests. */
  take(operation: string | null, path: string): FaultAction | undefined {
    const index = this.queue.findIndex(({ fault }) => matches(fault.match, operation, path));
    const entry = this.queue[index];
    if (!entry) return undefined;
    entry.left -= 1;
    if (entry.left <= 0) this.queue.splice(index, 1);
    return entry.fault;
  }
}

function matches(match: Fault["match"], operation: string | null, path: string): boolean {
  if (match === undefined) return true;
  return typeof match === "string" ? match === operation : match.test(path);
}
