// Octokit with GitHub's rate limits and passing failures handled by Octokit's own plugins. The
// Octokit that @actions/github wraps, without its proxy agent (undici, ~700 KB in the bundle):
// behind a proxy, Node's NODE_USE_ENV_PROXY=1 covers GitHub and Sentry alike.
import { Octokit } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

const GitHubClient = Octokit.plugin(paginateRest, retry, throttling);
export type GitHub = InstanceType<typeof GitHubClient>;

// Waiting out a rate limit is worth it for a few tries; the verdict never waits on a comment for long.
const RATE_LIMIT_RETRIES = 2;

export function createGitHub(options: {
  token: string;
  apiUrl: string;
  log: (message: string) => void;
}): GitHub {
  return new GitHubClient({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ""),
    userAgent: "sentry-deploy-verify",
    throttle: {
      onRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        options.log(`GitHub rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s.`);
        return retryCount < RATE_LIMIT_RETRIES;
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        options.log(
          `GitHub secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s.`,
        );
        return retryCount < RATE_LIMIT_RETRIES;
      },
    },
    // Octokit waits 1 s, then 4 s: a GitHub that is down costs the run seconds, not minutes.
    retry: { retries: 2 },
  });
}
