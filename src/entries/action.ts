// The GitHub Action: inputs and the trigger in, the report out as outputs, a JSON file, the job
// summary and the job's status. Everything it decides, the engine decides.
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import { INPUTS, type RawInputs } from "../config/inputs.js";
import { type Config, parseConfig } from "../config/schema.js";
import { errorReport } from "../engine/build-report.js";
import { systemClock } from "../engine/clock.js";
import { runDeadline } from "../engine/deadline.js";
import type { Report } from "../engine/report.js";
import { failsJob } from "../engine/verdict.js";
import { verifyRelease } from "../engine/verify.js";
import { createGitHub } from "../github/client.js";
import { deployedCommit, type GithubRun, readGithubRun } from "../github/event.js";
import { type PullRequestReport, reportOnPullRequest } from "../github/pr-comment.js";
import { repositoryFrom } from "../github/repository.js";
import { findingsOutput } from "../report/findings-output.js";
import { verdictHeadline } from "../report/format.js";
import { renderMarkdown } from "../report/markdown.js";
import { renderText } from "../report/text.js";
import { createRedactor, type Redactor } from "../sentry/redact.js";
import { createRestSource } from "../sentry/rest/source.js";
import { describeProblems, unsupported } from "./problems.js";

function readInputs(env: NodeJS.ProcessEnv): RawInputs {
  const raw: RawInputs = {};
  for (const spec of INPUTS) {
    const given = core.getInput(spec.name);
    raw[spec.name] = given || ("env" in spec && env[spec.env]) || undefined;
  }
  return raw;
}

async function run(env: NodeJS.ProcessEnv): Promise<void> {
  const raw = readInputs(env);
  // Before anything can print it.
  const secrets = [raw["auth-token"], raw["github-token"]]
    .map((s) => s?.trim())
    .filter((s): s is string => !!s);
  for (const secret of secrets) core.setSecret(secret);
  const redactor = createRedactor(secrets);

  const githubRun = readGithubRun(env);
  const commit = deployedCommit(githubRun);
  const parsed = parseConfig(raw, { deployedCommit: commit, now: Date.now() });
  let config: Config | null = null;
  let report: Report;
  let onError: Config["onError"] = "fail";
  if (!parsed.ok) {
    onError = parsed.onError;
    report = errorReport(
      null,
      describeProblems(parsed.problems, (input) => `input "${input}"`),
      new Date(),
    );
  } else {
    config = parsed.config;
    onError = config.onError;
    const notYet = unsupported(config, (input) => `input "${input}"`);
    report = notYet ? errorReport(config, notYet, new Date()) : await verify(config);
  }
  report = { ...report, reason: redactor.text(report.reason) };
  const pullRequest: PullRequestReport =
    config && config.comment !== "never"
      ? await commentOnPullRequest(report, config, { env, run: githubRun, commit, redactor })
      : { extras: {}, commentUrl: null, warnings: [] };
  for (const warning of pullRequest.warnings) core.warning(redactor.text(warning));
  deliver(report, env, redactor, pullRequest);

  if (report.verdict === "error" && onError === "warn")
    core.warning(`Sentry could not be asked: ${report.reason}`);
  else if (failsJob(report.verdict, { failOnInconclusive: config?.failOnInconclusive ?? false, onError }))
    core.setFailed(verdictHeadline(report));
}

async function verify(config: Config): Promise<Report> {
  try {
    const source = createRestSource({
      url: config.url,
      org: config.org,
      token: config.authToken,
      deadlineAt: runDeadline(config, Date.now()),
    });
    return await verifyRelease(config, {
      source,
      clock: systemClock,
      onDeployTime: (deploy, windowEnd) =>
        core.info(
          `Release ${config.release}: deployed ${deploy.at.toISOString()} (${deploy.source}); watching until ${windowEnd.toISOString()}.`,
        ),
      onProgress: (progress) =>
        core.info(
          progress.error
            ? `Poll failed, will try again: ${progress.error}`
            : `Poll ${progress.poll} up to ${progress.evaluatedAt.toISOString()}: ${progress.counts.new} new, ${progress.counts.regressed} regressed${progress.final ? " (final)" : ""}.`,
        ),
    });
  } catch (error) {
    return errorReport(config, error instanceof Error ? error.message : String(error), new Date());
  }
}

async function commentOnPullRequest(
  report: Report,
  config: Config,
  context: { env: NodeJS.ProcessEnv; run: GithubRun; commit: string | undefined; redactor: Redactor },
): Promise<PullRequestReport> {
  const repository = repositoryFrom(context.env);
  if (!repository || !config.githubToken) {
    const missing = repository ? "no github-token" : "GITHUB_REPOSITORY is not set";
    return {
      extras: { comment: { text: `No pull request comment: ${missing}.` } },
      commentUrl: null,
      warnings: [],
    };
  }
  const github = createGitHub({
    token: config.githubToken,
    apiUrl: context.env.GITHUB_API_URL || "https://api.github.com",
    log: (message) => core.info(message),
  });
  return reportOnPullRequest(report, config, {
    github,
    repository,
    run: context.run,
    deployedCommit: context.commit,
    env: context.env,
    now: () => new Date(),
    redact: context.redactor.text,
  });
}

function deliver(
  report: Report,
  env: NodeJS.ProcessEnv,
  redactor: Redactor,
  pullRequest: PullRequestReport,
): void {
  const reportPath = join(
    env.RUNNER_TEMP || tmpdir(),
    `sentry-deploy-verify-${env.GITHUB_ACTION || "report"}.json`,
  );
  const json = redactor.text(JSON.stringify(report, null, 2));
  try {
    mkdirSync(join(reportPath, ".."), { recursive: true });
    writeFileSync(reportPath, json);
    core.setOutput("report-path", reportPath);
  } catch (error) {
    core.warning(`Could not write the JSON report to ${reportPath}: ${(error as Error).message}`);
  }
  core.setOutput("verdict", report.verdict);
  core.setOutput("new-count", report.counts.new);
  core.setOutput("regressed-count", report.counts.regressed);
  core.setOutput("spike-count", report.counts.spike);
  core.setOutput("unfixed-count", report.counts.unfixed);
  const findings = findingsOutput(report.findings);
  core.setOutput("findings", findings.json);
  if (findings.included < report.findings.length)
    core.warning(
      `The findings output holds the first ${findings.included} of ${report.findings.length} findings (GitHub keeps 1 MB of outputs per job); the report at report-path holds them all.`,
    );
  core.setOutput("fixes", JSON.stringify(report.fixes));
  core.setOutput("comment-url", pullRequest.commentUrl ?? "");
  core.setOutput("release", report.release ?? "");
  core.setOutput("deployed-at", report.deployedAt ?? "");
  if (report.verdict !== "error") core.info(renderText(report));
  writeSummary(redactor.text(renderMarkdown(report, pullRequest.extras)));
}

function writeSummary(markdown: string): void {
  // A runner without a summary file, or a full disk, costs the summary, not the verdict.
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, `${markdown}\n`, { flag: "a" });
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}

run(process.env).catch((error: unknown) => {
  // Only a defect reaches here; still one message, and never the token.
  core.setFailed(
    `sentry-deploy-verify stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
  );
});
