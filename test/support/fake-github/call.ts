// One request to the fake the way a client sends it (`Authorization: token …`), its answer read
// whole: for tests of the fake itself.
import { WORKFLOW_TOKEN } from "./identities.js";
import type { FakeGitHub } from "./server.js";

export interface Answer {
  status: number;
  headers: Headers;
  json: unknown;
}

export async function callGitHub(
  github: FakeGitHub,
  method: string,
  path: string,
  /** token: default WORKFLOW_TOKEN, null for none. */
  options: { token?: string | null; body?: unknown } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { accept: "application/vnd.github+json" };
  const token = options.token === undefined ? WORKFLOW_TOKEN : options.token;
  if (token !== null) headers.authorization = `token ${token}`;
  const response = await fetch(path.startsWith("http") ? path : `${github.url}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}
