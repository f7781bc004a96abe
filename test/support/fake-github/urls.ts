// Where things live: API URLs point at the fake itself, so a client may follow them; page URLs at
// the web host (https://github.com by default), as GitHub's `html_url`s do.
import type { RepoState } from "./state.js";

export interface Urls {
  /** The fake's own origin, standing in for https://api.github.com. */
  api: string;
  web: string;
}

export const repoApi = (urls: Urls, repo: RepoState) => `${urls.api}/repos/${repo.owner.login}/${repo.name}`;

export const repoWeb = (urls: Urls, repo: RepoState) => `${urls.web}/${repo.owner.login}/${repo.name}`;

/** A file path in a URL: each segment encoded, the slashes kept. */
export const encodePath = (path: string) => path.split("/").map(encodeURIComponent).join("/");

/** GitHub's legacy global ids, base64 of "0{length of type}:{type}{id}" (octocat: MDQ6VXNlcjU4MzIzMQ==). */
export const legacyNodeId = (type: string, id: number) =>
  Buffer.from(`0${type.length}:${type}${id}`).toString("base64");

/** The newer ids' look ("IC_kwDO…", "PR_kwDO…"): a type prefix and an opaque tail. */
export const nodeId = (prefix: string, id: number) =>
  `${prefix}_kwDO${Buffer.from(String(id)).toString("base64url")}`;
