// A git tree (`git-tree`) built from a commit's file paths: directories become tree entries, and
// entries come in git's order (by name, a directory compared as "name/"), each directory's
// contents right after it when recursive.
import { createHash } from "node:crypto";
import type { RepoState } from "../state.js";
import { repoApi, type Urls } from "../urls.js";
import { blobSha, treeSha } from "./git.js";

interface Entry {
  path: string;
  mode: string;
  type: "blob" | "tree";
  sha: string;
  size?: number;
  url: string;
}

/**
 * The tree of directory `dir` ("" for the root) at `commitSha`; paths in it are relative to `dir`.
 * Beyond `limit` entries the list is cut and `truncated` set, as GitHub does past 100,000.
 */
export function gitTree(
  repo: RepoState,
  commitSha: string,
  dir: string,
  options: { recursive: boolean; limit: number },
  urls: Urls,
) {
  const api = repoApi(urls, repo);
  const prefix = dir ? `${dir}/` : "";
  const files = (repo.commits[commitSha]?.tree ?? [])
    .filter((path) => path.startsWith(prefix))
    .map((path) => path.slice(prefix.length));
  const entries: Entry[] = [];
  const walk = (paths: string[], at: string) => {
    const children = new Map<string, string[] | null>();
    for (const path of paths) {
      const [name = "", ...rest] = path.split("/");
      if (rest.length === 0) children.set(name, null);
      else children.set(name, [...(children.get(name) ?? []), rest.join("/")]);
    }
    const gitName = ([name, sub]: [string, string[] | null]) => (sub ? `${name}/` : name);
    for (const [name, sub] of [...children].sort((a, b) => compare(gitName(a), gitName(b)))) {
      const path = at ? `${at}/${name}` : name;
      if (sub) {
        const sha = treeSha(commitSha, prefix + path);
        entries.push({ path, mode: "040000", type: "tree", sha, url: `${api}/git/trees/${sha}` });
        if (options.recursive) walk(sub, path);
      } else {
        const sha = blobSha(commitSha, prefix + path);
        const size = Number.parseInt(createHash("sha1").update(path).digest("hex").slice(0, 4), 16);
        entries.push({ path, mode: "100644", type: "blob", sha, size, url: `${api}/git/blobs/${sha}` });
      }
    }
  };
  walk(files, "");
  const sha = treeSha(commitSha, dir);
  return {
    sha,
    url: `${api}/git/trees/${sha}`,
    tree: entries.slice(0, options.limit),
    truncated: entries.length > options.limit,
  };
}

/** Byte order, as git sorts tree entries. */
function compare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
