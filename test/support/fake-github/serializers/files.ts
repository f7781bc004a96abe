// A pull request's changed file (`diff-entry`), its URLs at the head commit.
import type { FileChange, PullRequestState, RepoState } from "../state.js";
import { encodePath, repoApi, repoWeb, type Urls } from "../urls.js";
import { blobSha } from "./git.js";

export function diffEntry(repo: RepoState, pull: PullRequestState, file: FileChange, urls: Urls) {
  const path = encodePath(file.filename);
  const head = pull.head.sha;
  return {
    sha: blobSha(head, file.filename),
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${repoWeb(urls, repo)}/blob/${head}/${path}`,
    raw_url: `${repoWeb(urls, repo)}/raw/${head}/${path}`,
    contents_url: `${repoApi(urls, repo)}/contents/${path}?ref=${head}`,
    ...(file.patch === undefined ? {} : { patch: file.patch }),
    ...(file.previous_filename === undefined ? {} : { previous_filename: file.previous_filename }),
  };
}
