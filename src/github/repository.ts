// The repository the workflow runs in, and where its web pages are (github.com or GitHub Enterprise Server).

export interface Repository {
  owner: string;
  name: string;
  /** e.g. https://github.com */
  serverUrl: string;
}

export function repositoryFrom(env: NodeJS.ProcessEnv): Repository | null {
  const [owner, name, ...rest] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !name || rest.length > 0) return null;
  return { owner, name, serverUrl: (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "") };
}

/** A link to a line of a file at a commit. */
export function blobUrl(repository: Repository, sha: string, path: string, line: number | null): string {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return `${repository.serverUrl}/${repository.owner}/${repository.name}/blob/${sha}/${encoded}${line === null ? "" : `#L${line}`}`;
}

export function runUrl(repository: Repository, env: NodeJS.ProcessEnv): string | null {
  return env.GITHUB_RUN_ID
    ? `${repository.serverUrl}/${repository.owner}/${repository.name}/actions/runs/${encodeURIComponent(env.GITHUB_RUN_ID)}`
    : null;
}
