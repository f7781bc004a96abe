// The project's workflows and the README's workflow examples, read by GitHub's own workflow parser
// (@actions/workflow-parser, the parser of GitHub's Actions language services): any error it
// reports fails the test. And what GitHub does not check until a run: that every step running this
// action passes only inputs action.yml declares, that each README example grants the permissions its
// inputs need, and that the workflows and the README use one version of each action.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// vitest.config.ts inlines the parser: it imports its JSON schemas without `with { type: "json" }`,
// which Node alone refuses.
const { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } = await import(
  "@actions/workflow-parser"
);
const { convertActionTemplate, parseAction } = await import("@actions/workflow-parser/actions/index");

const root = new URL("../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const trace = new NoOperationTraceWriter();

/** Every error GitHub's parser reports for a workflow file: its syntax, schema and expressions. */
async function workflowErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, trace);
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    errors.push(...(template.errors ?? []).map((error) => error.Message));
  } else {
    errors.push(`${name}: nothing to parse`);
  }
  return [...new Set(errors)];
}

interface Workflow {
  /** Where it comes from: a file, or the README and the heading its block is under. */
  name: string;
  /** The text given to the parser. */
  content: string;
}

const workflowFiles: Workflow[] = readdirSync(new URL(".github/workflows/", root))
  .filter((file) => /\.ya?ml$/.test(file))
  .sort()
  .map((file) => ({ name: `.github/workflows/${file}`, content: read(`.github/workflows/${file}`) }));

/** A job that a README fragment `needs` but does not define: the first example's deploy job. */
const STAND_IN_JOB = "    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy.sh\n";

/**
 * The README's ```yaml blocks that are workflows or parts of one. A block with `jobs:` is a whole
 * workflow and is parsed as it is: pasted into .github/workflows it must work. A block whose every
 * entry is a job (it has runs-on, steps or uses) is a fragment meant to go under the `jobs:` of a
 * workflow like the first example: it is parsed inside `on: push` and `jobs:`, with a stand-in for
 * every job it `needs` and does not define. Other YAML (a config file, say) is not a workflow.
 */
function readmeWorkflows(): { workflows: Workflow[]; others: Workflow[] } {
  const workflows: Workflow[] = [];
  const others: Workflow[] = [];
  const readme = read("README.md");
  const seen = new Map<string, number>();
  for (const match of readme.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)) {
    const text = match[1] ?? "";
    // Named by the heading it is under, numbered when there are several.
    const before = readme.slice(0, match.index).replace(/^```[\s\S]*?^```$/gm, "");
    const heading = [...before.matchAll(/^#+ (.+)$/gm)].at(-1)?.[1] ?? "the top";
    const count = (seen.get(heading) ?? 0) + 1;
    seen.set(heading, count);
    const name = `README.md, "${heading}"${count > 1 ? ` (${count})` : ""}`;
    const value: unknown = parse(text);
    if (isMapping(value) && "jobs" in value) {
      workflows.push({ name, content: text });
    } else if (isMapping(value) && Object.values(value).every(isJob)) {
      workflows.push({ name: `${name} (jobs only, completed)`, content: completeJobs(text, value) });
    } else {
      others.push({ name, content: text });
    }
  }
  return { workflows, others };
}

function completeJobs(text: string, jobs: Record<string, unknown>): string {
  const lines = text.split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  const reindented = lines.map((l) => (l.trim() ? `  ${l.slice(indent)}` : l)).join("\n");
  const needed = Object.values(jobs).flatMap((job) => {
    const needs = isMapping(job) ? job.needs : undefined;
    return typeof needs === "string" ? [needs] : Array.isArray(needs) ? needs.map(String) : [];
  });
  const missing = [...new Set(needed)].filter((id) => !(id in jobs));
  return `on: push\njobs:\n${missing.map((id) => `  ${id}:\n${STAND_IN_JOB}`).join("")}${reindented}`;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isJob(value: unknown): boolean {
  return isMapping(value) && ("runs-on" in value || "steps" in value || "uses" in value);
}

const readme = readmeWorkflows();
const allWorkflows = [...workflowFiles, ...readme.workflows];

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: unknown;
  steps?: Step[];
}

/** Each job of a workflow, with the permissions it runs with (its own, else the workflow's). */
function jobsOf(workflow: Workflow): { id: string; job: Job; permissions: unknown }[] {
  const value = parse(workflow.content) as { permissions?: unknown; jobs?: Record<string, Job> };
  return Object.entries(value.jobs ?? {}).map(([id, job]) => ({
    id,
    job,
    permissions: job.permissions ?? value.permissions,
  }));
}

/** The steps that run this action: `./` in this repository, its published name in the README. */
function actionSteps(workflow: Workflow) {
  return jobsOf(workflow).flatMap(({ id, job, permissions }) =>
    (job.steps ?? [])
      .filter(
        (step) => step.uses === "./" || step.uses?.startsWith("sentry-deploy-verify/sentry-deploy-verify@"),
      )
      .map((step) => ({ job: id, step, permissions })),
  );
}

const action = (() => {
  const parsed = parseAction({ name: "action.yml", content: read("action.yml") }, trace);
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  const template = parsed.value ? convertActionTemplate(parsed.context, parsed.value) : null;
  return { errors, template };
})();
const declaredInputs = new Set((action.template?.inputs ?? []).map((input) => input.id));

describe("GitHub's workflow parser", () => {
  it("finds the project's workflows, and the README's examples", () => {
    expect(workflowFiles.map((w) => w.name)).toEqual(
      expect.arrayContaining([".github/workflows/ci.yml", ".github/workflows/release.yml"]),
    );
    // The ship gate, deployment_status, the pull request comment (jobs only) and the nightly scan.
    expect(readme.workflows.length).toBeGreaterThanOrEqual(4);
  });

  it.each(allWorkflows.map((workflow) => [workflow.name, workflow] as const))(
    "accepts %s",
    async (_, workflow) => {
      expect(await workflowErrors(workflow.name, workflow.content)).toEqual([]);
    },
  );

  it("reports what is wrong, so that an empty list means something", async () => {
    const errors = await workflowErrors(
      "broken.yml",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, with an unknown context.
      "jobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      pull-request: write\n    steps:\n      - run: echo ${{ foo.bar }}\n",
    );
    expect(errors.join("\n")).toMatch(/Required property is missing: on/);
    expect(errors.join("\n")).toMatch(/Unexpected value 'pull-request'/);
    expect(errors.join("\n")).toMatch(/Unrecognized named-value: 'foo'/);
  });

  it("completes a README fragment of jobs with the trigger and the jobs it needs", () => {
    const completed = completeJobs("  verify:\n    needs: deploy\n    runs-on: ubuntu-latest\n", {
      verify: { needs: "deploy", "runs-on": "ubuntu-latest" },
    });
    expect(parse(completed)).toEqual({
      on: "push",
      jobs: {
        deploy: { "runs-on": "ubuntu-latest", steps: [{ run: "./deploy.sh" }] },
        verify: { needs: "deploy", "runs-on": "ubuntu-latest" },
      },
    });
  });

  it("leaves no README block that runs the action unchecked", () => {
    const unchecked = readme.others.filter((block) => block.content.includes("sentry-deploy-verify/"));
    expect(unchecked.map((block) => block.name)).toEqual([]);
  });
});

describe("action.yml", () => {
  it("is a valid action that runs on node24, from a file that exists", () => {
    expect(action.errors).toEqual([]);
    const runs = action.template?.runs;
    expect(runs?.using).toBe("node24");
    expect(runs && "main" in runs && existsSync(new URL(runs.main, root))).toBe(true);
  });
});

describe("the steps that run this action", () => {
  it("include one in CI that runs it on itself (uses: ./)", () => {
    const selfTests = workflowFiles.flatMap(actionSteps).filter(({ step }) => step.uses === "./");
    expect(selfTests.length).toBeGreaterThan(0);
  });

  it.each(allWorkflows.map((workflow) => [workflow.name, workflow] as const))(
    "pass only inputs action.yml declares: %s",
    (_, workflow) => {
      for (const { job, step } of actionSteps(workflow)) {
        const unknown = Object.keys(step.with ?? {}).filter((input) => !declaredInputs.has(input));
        expect(unknown, `job ${job}`).toEqual([]);
      }
    },
  );
});

type Access = "read" | "write";
const allows = (granted: unknown, scope: string, access: Access): boolean => {
  if (granted === "write-all") return true;
  if (granted === "read-all") return access === "read";
  const given = isMapping(granted) ? granted[scope] : undefined;
  return given === "write" || (given === "read" && access === "read");
};

/** The permissions a step's inputs need (README "Permissions"), each as alternatives. */
function permissionsFor(inputs: Record<string, unknown>): { need: string; anyOf: [string, Access][] }[] {
  const input = (name: string, fallback: string) => String(inputs[name] ?? fallback).trim();
  if (input("mode", "verify") === "scan")
    return input("report-issue", "false") === "true"
      ? [{ need: "issues: write (report-issue)", anyOf: [["issues", "write"]] }]
      : [];
  const wanted: { need: string; anyOf: [string, Access][] }[] = [];
  if (input("comment", "auto") !== "never")
    wanted.push({
      need: "pull-requests: write (comment)",
      anyOf: [
        ["pull-requests", "write"],
        ["issues", "write"],
      ],
    });
  if (input("fixes", "auto") === "auto") {
    wanted.push({ need: "pull-requests: read (fixes: auto)", anyOf: [["pull-requests", "read"]] });
    wanted.push({ need: "contents: read (fixes: auto)", anyOf: [["contents", "read"]] });
  }
  return wanted;
}

describe("the README's examples", () => {
  it("the first one is a whole workflow, with a trigger", () => {
    const first = readme.workflows[0];
    expect(first?.name).not.toContain("jobs only");
    expect(parse(first?.content ?? "")).toHaveProperty("on");
  });

  it.each(readme.workflows.map((workflow) => [workflow.name, workflow] as const))(
    "grant the permissions their inputs need: %s",
    (_, workflow) => {
      for (const { job, step, permissions } of actionSteps(workflow)) {
        expect(permissions, `job ${job} sets no permissions`).toBeDefined();
        const missing = permissionsFor(step.with ?? {})
          .filter(({ anyOf }) => !anyOf.some(([scope, access]) => allows(permissions, scope, access)))
          .map(({ need }) => need);
        expect(missing, `job ${job}`).toEqual([]);
      }
    },
  );

  it("knows which permissions each feature needs", () => {
    const granted = (permissions: unknown, inputs: Record<string, unknown>) =>
      permissionsFor(inputs).every(({ anyOf }) =>
        anyOf.some(([scope, access]) => allows(permissions, scope, access)),
      );
    expect(granted({ contents: "read" }, {})).toBe(false);
    expect(granted({ contents: "read", "pull-requests": "write" }, {})).toBe(true);
    expect(granted({ contents: "read", issues: "write" }, { fixes: "none" })).toBe(true);
    expect(granted({}, { comment: "never", fixes: "WEB-1" })).toBe(true);
    expect(granted({}, { mode: "scan", "report-issue": "true" })).toBe(false);
    expect(granted("write-all", { mode: "scan", "report-issue": "true" })).toBe(true);
  });
});

describe("the actions the workflows and the README use", () => {
  it("are one version of each", () => {
    const versions = new Map<string, Set<string>>();
    for (const workflow of allWorkflows) {
      for (const { job } of jobsOf(workflow)) {
        for (const step of job.steps ?? []) {
          const match = /^([\w.-]+\/[\w.-]+)@(.+)$/.exec(step.uses ?? "");
          if (!match?.[1] || !match[2] || match[1] === "sentry-deploy-verify/sentry-deploy-verify") continue;
          versions.set(match[1], (versions.get(match[1]) ?? new Set()).add(match[2]));
        }
      }
    }
    expect(versions.get("actions/checkout")?.size).toBe(1);
    const several = [...versions]
      .filter(([, refs]) => refs.size > 1)
      .map(([name, refs]) => `${name}: ${[...refs]}`);
    expect(several).toEqual([]);
  });
});
