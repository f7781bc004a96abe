// A fake GitHub REST API for tests: a real HTTP server answering the operations the action uses as
// api.github.com does (paths, JSON shapes checked against GitHub's OpenAPI description, errors,
// pagination, rate limits), from a state a test seeds and may change.
export type { Caller, PermissionSet } from "./auth.js";
export { type Answer, callGitHub } from "./call.js";
export type { Fault, FaultAction, FaultQueue } from "./faults.js";
export {
  GITHUB_ACTIONS_APP,
  GITHUB_ACTIONS_BOT,
  GITHUB_ORG,
  OCTOCAT,
  READ_ONLY,
  USER_TOKEN,
  userToken,
  WORKFLOW_PERMISSIONS,
  WORKFLOW_TOKEN,
  workflowToken,
} from "./identities.js";
export { ROUTES } from "./routes/index.js";
export { MAX_BODY_CHARACTERS } from "./routes/input.js";
export { type DeployedPullRequestOptions, deployedPullRequest } from "./scenarios.js";
export {
  type CommentInput,
  type CommitInput,
  type FileInput,
  fakeSha,
  GitHubState,
  type IssueInput,
  type PullRequestInput,
  type RepoInput,
  timestamp,
} from "./seed.js";
export { type FakeGitHub, type FakeGitHubOptions, type RecordedRequest, startFakeGitHub } from "./server.js";
export type * from "./state.js";
