// `performed_via_github_app`: the app a comment or issue was written through, or null.
import type { GitHubApp } from "../state.js";
import type { Urls } from "../urls.js";
import { simpleUser } from "./users.js";

export function integration(app: GitHubApp | null, urls: Urls) {
  return app ? { ...app, owner: simpleUser(app.owner, urls) } : null;
}
