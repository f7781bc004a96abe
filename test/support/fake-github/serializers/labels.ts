// Labels are names in the state; GitHub answers objects with an id and a colour.
import { createHash } from "node:crypto";
import type { RepoState } from "../state.js";
import { legacyNodeId, repoApi, type Urls } from "../urls.js";

export function label(repo: RepoState, name: string, urls: Urls) {
  // The same name gets the same id on every answer.
  const id = Number.parseInt(createHash("sha1").update(`${repo.id}:${name}`).digest("hex").slice(0, 8), 16);
  return {
    id,
    node_id: legacyNodeId("Label", id),
    url: `${repoApi(urls, repo)}/labels/${encodeURIComponent(name)}`,
    name,
    // A string, not null: the pull-request-simple schema requires one.
    description: "",
    color: "ededed",
    default: false,
  };
}
