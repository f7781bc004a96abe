// The event payload builders against GitHub's webhook schemas (@octokit/webhooks-schemas, which
// allow no key they do not list): each trigger, with its defaults and with what tests vary.
import { createRequire } from "node:module";
import { Ajv } from "ajv";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import {
  deploymentStatusEvent,
  HEAD_SHA,
  MERGE_SHA,
  PR_NUMBER,
  pullRequestEvent,
  pushEvent,
  runPullRequest,
  workflowDispatchEvent,
  workflowRunEvent,
} from "../fixtures/events/index.js";

const schema = createRequire(import.meta.url)("@octokit/webhooks-schemas") as object;
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
// ajv-formats is CommonJS; its plugin is also its own `default`. The keyword is the package's own
// annotation for TypeScript generation, as its README says to declare it.
ajvFormats.default(ajv);
ajv.addKeyword("tsAdditionalProperties");
ajv.addSchema(schema, "webhooks");

/** Schema errors of a payload against one event definition, as readable strings. */
function violations(definition: string, payload: unknown): string[] {
  const validate = ajv.getSchema(`webhooks#/definitions/${definition}`);
  if (!validate) throw new Error(`No definition ${definition}`);
  return validate(payload) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe("push", () => {
  it.each([
    ["the merge of #42 to main", pushEvent()],
    ["a direct push", pushEvent({ pullRequest: null, message: "Hotfix", sha: "1".repeat(40) })],
    ["another repository and branch", pushEvent({ repo: "octo-org/api", ref: "refs/heads/release" })],
  ])("%s validates", (_name, payload) => {
    expect(violations("push$event", payload)).toEqual([]);
  });

  it("carries the merge commit as after and head_commit", () => {
    const event = pushEvent();
    expect(event.after).toBe(MERGE_SHA);
    expect(event.head_commit.id).toBe(MERGE_SHA);
    expect(event.head_commit.message).toMatch(/^Merge pull request #42 from acme\/fix-checkout/);
  });
});

describe("pull_request", () => {
  it.each([
    ["opened", pullRequestEvent({ action: "opened" })],
    ["synchronize", pullRequestEvent({ action: "synchronize", headSha: "2".repeat(40) })],
  ] as const)("%s validates", (action, payload) => {
    expect(violations(`pull_request$${action}`, payload)).toEqual([]);
  });

  it("names the pull request and its head", () => {
    const event = pullRequestEvent({ number: 7, headSha: HEAD_SHA });
    expect(event.number).toBe(7);
    expect(event.pull_request.head.sha).toBe(HEAD_SHA);
  });
});

describe("deployment_status", () => {
  it.each([
    ["success in production", deploymentStatusEvent()],
    ["failure in staging", deploymentStatusEvent({ environment: "staging", state: "failure" })],
  ])("%s validates", (_name, payload) => {
    expect(violations("deployment_status$created", payload)).toEqual([]);
  });

  it("deploys the merge commit", () => {
    expect(deploymentStatusEvent().deployment.sha).toBe(MERGE_SHA);
  });
});

describe("workflow_run", () => {
  it.each([
    ["after a push: no pull requests", workflowRunEvent()],
    [
      "after a pull request: #42 listed",
      workflowRunEvent({ event: "pull_request", headSha: HEAD_SHA, pullRequests: [runPullRequest()] }),
    ],
    ["a failed upstream run", workflowRunEvent({ conclusion: "failure" })],
  ])("%s validates", (_name, payload) => {
    expect(violations("workflow_run$completed", payload)).toEqual([]);
  });

  it("lists the pull request of a pull-request-triggered run", () => {
    const event = workflowRunEvent({
      event: "pull_request",
      headSha: HEAD_SHA,
      pullRequests: [runPullRequest()],
    });
    expect(event.workflow_run.head_sha).toBe(HEAD_SHA);
    expect(event.workflow_run.pull_requests.map((p) => p.number)).toEqual([PR_NUMBER]);
    expect(workflowRunEvent().workflow_run.pull_requests).toEqual([]);
  });
});

describe("workflow_dispatch", () => {
  it.each([
    ["without inputs", workflowDispatchEvent()],
    ["with inputs", workflowDispatchEvent({ inputs: { environment: "production" } })],
    ["inputs null", workflowDispatchEvent({ inputs: null })],
  ])("%s validates", (_name, payload) => {
    expect(violations("workflow_dispatch$event", payload)).toEqual([]);
  });
});

it("the schemas reject a payload with a key they do not list", () => {
  expect(violations("push$event", { ...pushEvent(), extra: true })).toContain(
    " must NOT have additional properties",
  );
});
