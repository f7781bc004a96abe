// Faults a test queues to see how a client copes with a misbehaving Sentry. Each applies to the next
// `times` requests it matches (a route name or a path pattern, and query parameters), in queue order.

export type FaultAction =
  /** Answer with this status instead: 500, 502, 503… The body is JSON, or `raw` text (a proxy's HTML page). */
  | { type: "status"; status: number; body?: unknown; raw?: string; headers?: Record<string, string> }
  /** Answer normally, this much later. */
  | { type: "delay"; ms: number }
  /** Answer normally, but the connection drops halfway through the announced JSON body. */
  | { type: "truncate" }
  /** Answer valid JSON in the wrong shape; by default an issue without shortId and with count as an object. */
  | { type: "malformed"; mutate?: (body: unknown) => unknown }
  /** A 400 or 500 whose body repeats the Authorization header the client sent. */
  | { type: "echo-token"; status?: number }
  /** A 429 with the rate limiter's {"detail": …} body, whose X-Sentry-Rate-Limit-Reset lies this many seconds ahead. */
  | { type: "rate-limit"; resetInSeconds: number }
  /** Close the connection without answering. */
  | { type: "reset" }
  /** Answer normally, with a Link whose next page is on another host. */
  | { type: "foreign-link"; origin?: string };

export type Fault = FaultAction & {
  /** A route name ("issues", "issue-event", …) or a pattern tested against the path; default: any. */
  match?: string | RegExp;
  /**
   * Only requests whose query string has each of these parameters with this value (among its values,
   * for a repeated one), e.g. { dataset: "spans" } on the events route; default: any.
   */
  params?: Readonly<Record<string, string>>;
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
  take(route: string | null, path: string, query?: URLSearchParams): FaultAction | undefined {
    const index = this.queue.findIndex(
      ({ fault }) => matches(fault.match, route, path) && hasParams(fault.params, query),
    );
    const entry = this.queue[index];
    if (!entry) return undefined;
    entry.left -= 1;
    if (entry.left <= 0) this.queue.splice(index, 1);
    return entry.fault;
  }
}

function matches(match: Fault["match"], route: string | null, path: string): boolean {
  if (match === undefined) return true;
  return typeof match === "string" ? match === route : match.test(path);
}

function hasParams(params: Fault["params"], query: URLSearchParams | undefined): boolean {
  if (params === undefined) return true;
  return Object.entries(params).every(([name, value]) => query?.getAll(name).includes(value) ?? false);
}

/** The default "malformed" change: break the first issue-like object's shortId and count. */
export function breakShape(body: unknown): unknown {
  const target = Array.isArray(body) ? body[0] : body;
  if (target && typeof target === "object") {
    const record = target as Record<string, unknown>;
    delete record.shortId;
    record.count = { value: record.count ?? 0 };
    if ("version" in record) record.version = 42;
  }
  return body;
}
