// Object ids the state does not name: a file's blob and a directory's tree at a commit. Stable, so
// the same file has the same sha in a pull request's files and in the commit's tree.
import { fakeSha } from "../seed.js";

export const blobSha = (commitSha: string, path: string) => fakeSha(`blob ${path}@${commitSha}`);

/** "" is the commit's root tree. */
export const treeSha = (commitSha: string, dir = "") => fakeSha(`tree ${dir}@${commitSha}`);
