// What the workflow's trigger says about the deployed commit. Payloads are parsed, never trusted blindly.
import { readFileSync } from "node:fs";
import * as z from "zod";

const Sha = z.string().regex(/^[0-9a-f]{40}$/i);

const DeploymentPayload = z.object({ deployment: z.object({ sha: Sha }) });
const WorkflowRunPayload = z.object({ workflow_run: z.object({ head_sha: Sha }) });

export interface GithubRun {
  eventName: string;
  sha: string | undefined;
  payload: unknown;
}

/** Reads GITHUB_EVENT_NAME, GITHUB_SHA and the payload at GITHUB_EVENT_PATH; a missing or broken payload is empty. */
export function readGithubRun(env: NodeJS.ProcessEnv): GithubRun {
  let payload: unknown = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    } catch {
      payload = {};
    }
  }
  return { eventName: env.GITHUB_EVENT_NAME ?? "", sha: env.GITHUB_SHA || undefined, payload };
}

/**
 * The commit that was deployed: the deployment's own SHA for deployment triggers, the triggering
 * run's head for workflow_run (GITHUB_SHA there is the default branch), else GITHUB_SHA.
 */
export function deployedCommit(run: GithubRun): string | undefined {
  if (run.eventName === "deployment_status" || run.eventName === "deployment") {
    const parsed = DeploymentPayload.safeParse(run.payload);
    if (parsed.success) return parsed.data.deployment.sha;
  }
  if (run.eventName === "workflow_run") {
    const parsed = WorkflowRunPayload.safeParse(run.payload);
    if (parsed.success) return parsed.data.workflow_run.head_sha;
  }
  return run.sha;
}
