// For each listed finding, the repository file its innermost in-app frame is in: linked at the deployed
// commit, and marked when the pull request changed it. Two requests and the pages of changed files;
// whatever GitHub will not tell costs the links, never the verdict.
import * as z from "zod";
import type { Finding } from "../engine/report.js";
import type { GitHub } from "./client.js";
import { repoPathOf } from "./repo-path.js";
import { blobUrl, type Repository } from "./repository.js";

export interface CodeLink {
  path: string;
  url: string;
  changedInPullRequest: boolean;
}

const Tree = z.object({
  tree: z.array(z.object({ path: z.string(), type: z.string() })),
  truncated: z.boolean(),
});
const ChangedFile = z.object({ filename: z.string(), previous_filename: z.string().optional() });

export async function codeLinks(
  github: GitHub,
  repository: Repository,
  commit: string,
  pullRequest: number | null,
  findings: readonly Finding[],
): Promise<Map<string, CodeLink>> {
  const located = findings.filter((finding) => finding.location);
  const links = new Map<string, CodeLink>();
  if (located.length === 0) return links;
  const where = { owner: repository.owner, repo: repository.name };
  const tree = Tree.parse(
    (
      await github.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
        ...where,
        tree_sha: commit,
        recursive: "1",
      })
    ).data,
  );
  const files = tree.tree.filter((entry) => entry.type === "blob").map((entry) => entry.path);
  const changed = new Set<string>();
  if (pullRequest !== null) {
    const pages = github.paginate.iterator("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
      ...where,
      pull_number: pullRequest,
      per_page: 100,
    });
    for await (const page of pages)
      for (const file of z.array(ChangedFile).parse(page.data)) changed.add(file.filename);
  }
  for (const finding of located) {
    const location = finding.location;
    const path = location ? repoPathOf(location.file, files) : null;
    if (!location || !path) continue;
    links.set(finding.id, {
      path,
      url: blobUrl(repository, commit, path, location.line),
      changedInPullRequest: changed.has(path),
    });
  }
  return links;
}
