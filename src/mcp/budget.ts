// How long one tool call may take. The official MCP SDKs give up on a request after 60 s by default
// (DEFAULT_REQUEST_TIMEOUT_MSEC), and a client that gave up gets no verdict at all, however close it
// was. So a call answers well within that, whatever the window: a window that ends later is answered
// with the verdict so far (final: false) and when to call again.

/**
 * With wait, how long a call keeps polling. The rest of its time, up to CALL_DEADLINE_MS, is for the
 * last poll and the checks after it (spikes, performance, fixes, code locations): about a dozen
 * Sentry requests, a few seconds when Sentry answers at its usual pace.
 */
export const WAIT_PER_CALL_MS = 30_000;

/**
 * No Sentry request starts, and no wait for one (a retry, a rate limit) lasts, past this from the
 * call's start: a Sentry too slow for the client's 60 s is a tool error that says so, in time.
 */
export const CALL_DEADLINE_MS = 50_000;

/** WAIT_PER_CALL_MS in words, for the tools' descriptions. */
export const WAIT_WORDS = `${WAIT_PER_CALL_MS / 1000} seconds`;

/**
 * For tests only: SENTRY_DEPLOY_VERIFY_TEST_WAIT_PER_CALL_MS shortens the waiting per call, so that a
 * test sees the "call again" answer in seconds. Anything but a whole number of milliseconds from 1
 * to WAIT_PER_CALL_MS is ignored: it can only make calls shorter.
 */
export function waitPerCallMs(env: NodeJS.ProcessEnv): number {
  const text = env.SENTRY_DEPLOY_VERIFY_TEST_WAIT_PER_CALL_MS;
  const ms = text && /^\d+$/.test(text) ? Number(text) : Number.NaN;
  return ms >= 1 && ms <= WAIT_PER_CALL_MS ? ms : WAIT_PER_CALL_MS;
}
