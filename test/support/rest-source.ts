// The REST source against a test server, recording every attempt, and a clock that only moves when
// the source sleeps: for the unit tests of its HTTP behaviour and its limits.
import type { RequestRecord } from "../../src/sentry/rest/http.js";
import { createRestSource, type RestSourceOptions } from "../../src/sentry/rest/source.js";
import type { TestServer } from "./http-server.js";

export const TEST_TOKEN = "sntryu_0123456789abcdef";
export const TEST_START = Date.UTC(2026, 2, 1, 12, 0, 0);

export function recordingSource(server: TestServer, options: Partial<RestSourceOptions> = {}) {
  const records: RequestRecord[] = [];
  const source = createRestSource({
    url: server.url,
    org: "acme",
    token: TEST_TOKEN,
    deadlineAt: Date.now() + 60_000,
    retryBudgetMs: 2_000,
    requestTimeoutMs: 2_000,
    onRequest: (record) => records.push(record),
    ...options,
  });
  return { source, records };
}

export function fakeClock(start = TEST_START) {
  const clock = { now: start, sleeps: [] as number[] };
  return {
    clock,
    now: () => clock.now,
    sleep: async (ms: number) => {
      clock.sleeps.push(ms);
      clock.now += ms;
    },
  };
}
