// The GitHub Action's run: inputs and the trigger in, the report out as outputs, a JSON file, the job
// summary and the job's status. Everything it decides, the engine decides. src/entries/action.ts calls
// run() for the runner; GitHub's local-action emulator imports this file and calls run() itself.
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import { INPUTS, type RawInputs } from "./config/inputs.js";
import { type Config, parseConfig } from "./config/schema.js";
import { errorReport } from "./engine/build-report.js";
import type { ClaimText } from "./engine/fix-claims.js";
import type { Report } from "./engine/report.js";
import { failsJob } from "./engine/verdict.js";
import { runCheck } from "./entries/check.js";
import { describeProblems, unsupported } from "./entries/problems.js";
import { readClaimTexts } from "./github/claim-texts.js";
import { createGitHub, type GitHub } from "./github/client.js";
import { deployedCommit, readGithubRun } from "./github/event.js";
import { type Posting, reportOnPullRequest } from "./github/pr-comment.js";
import { findPullRequest, type PullRequestLookup } from "./github/pull-request.js";
import { type Repository, repositoryFrom } from "./github/repository.js";
import { reportOnTrackingIssue } from "./github/scan-issue.js";
import { findingsOutput } from "./report/findings-output.js";
import { verdictHeadline } from "./report/format.js";
import { renderMarkdown } from "./report/markdown.js";
import { renderText } from "./report/text.js";
import { createRedactor, type Redactor } from "./sentry/redact.js";

function readInputs(env: NodeJS.ProcessEnv): RawInputs {
  const raw: RawInputs = {};
  for (const spec of INPUTS) {
    const given = core.getInput(spec.name);
    raw[spec.name] = given || ("env" in spec && env[spec.env]) || undefined;
  }
  return raw;
}

/**
 * The whole action, on the environment the runner gives it. Never rejects: whatever goes wrong reaches
 * the user once, as the job's failure (setFailed sets the exit code).
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await verifyDeploy(env);
  } catch (error: unknown) {
    // Only a defect reaches here; still one message, and never the token.
    core.setFailed(
      `sentry-deploy-verify stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

async function verifyDeploy(env: NodeJS.ProcessEnv): Promise<void> {
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
  if (!parsed.ok) {
    const reason = describeProblems(parsed.problems, (input) => `input "${input}"`);
    return finish(errorReport(null, reason, new Date()), null, parsed.onError, NOT_POSTED, env, redactor);
  }
  const config = parsed.config;
  const notYet = unsupported(config, (input) => `input "${input}"`);
  if (notYet)
    return finish(errorReport(config, notYet, new Date()), config, config.onError, NOT_POSTED, env, redactor);

  const access = gitHubAccess(config, env);
  const context = { env, commit, redactor };
  // The pull request is wanted by the comment and by the fix check: found once, while Sentry is asked.
  const pullRequest =
    config.mode === "verify" &&
    typeof access !== "string" &&
    (config.comment !== "never" || config.fixes === "auto")
      ? findPullRequest(access.github, access.repository, githubRun, commit, config.prNumber)
      : null;
  const claims =
    config.fixes === "auto" && pullRequest && typeof access !== "string"
      ? pullRequest.then(async (lookup) => {
          if (!(lookup.number === null && lookup.failed))
            return readClaimTexts(access.github, access.repository, githubRun, commit, lookup.number);
          // A GitHub that did not answer the lookup is not asked again: the payload's commits remain.
          // The comment's delivery says why once; without a comment, the fix check must say it.
          const read = await readClaimTexts(access.github, access.repository, githubRun, undefined, null);
          return config.comment === "never"
            ? {
                ...read,
                warnings: [`Fix claims in the pull request were not read: ${lookup.why}`, ...read.warnings],
              }
            : read;
        })
      : undefined;
  const checked = await check(
    config,
    claims?.then((read) => read.texts),
  );
  // Sentry's words may echo the token: the reason is made safe once, before anything shows it.
  const report = { ...checked, reason: redactor.text(checked.reason) };
  for (const warning of (await claims)?.warnings ?? []) core.warning(redactor.text(warning));
  const posting = await post(report, config, access, pullRequest, context);
  return finish(report, config, config.onError, posting, env, redactor);
}

/** Outputs, report file, summary and the job's result. The report's reason is already safe to show. */
function finish(
  report: Report,
  config: Config | null,
  onError: Config["onError"],
  posting: Posting,
  env: NodeJS.ProcessEnv,
  redactor: Redactor,
): void {
  for (const warning of posting.warnings) core.warning(redactor.text(warning));
  deliver(report, env, redactor, posting);
  if (report.verdict === "error" && onError === "warn")
    core.warning(`Sentry could not be asked: ${report.reason}`);
  else if (failsJob(report.verdict, { failOnInconclusive: config?.failOnInconclusive ?? false, onError }))
    core.setFailed(verdictHeadline(report));
}

function check(config: Config, fixClaimTexts: Promise<readonly ClaimText[]> | undefined): Promise<Report> {
  return runCheck(config, {
    ...(fixClaimTexts ? { fixClaimTexts } : {}),
    onDeployTime: (deploy, watch) =>
      core.info(
        `Release ${config.release}: deployed ${deploy.at.toISOString()} (${deploy.source})${deploy.rolloutStart < deploy.at ? `, its rollout from ${deploy.rolloutStart.toISOString()}` : ""}; watching until ${watch.windowEnd.toISOString()}, the last poll at ${watch.settledAt.toISOString()}.`,
      ),
    onProgress: (progress) =>
      core.info(
        progress.error
          ? `Poll failed, will try again: ${progress.error}`
          : `Poll ${progress.poll} up to ${progress.evaluatedAt.toISOString()}: ${progress.counts.new} new, ${progress.counts.regressed} regressed${progress.final ? " (final)" : ""}.`,
      ),
  });
}

const NOT_POSTED: Posting = { extras: {}, commentUrl: null, warnings: [] };

interface GitHubAccess {
  github: GitHub;
  repository: Repository;
}

/** A client for the run's repository, or why there is none. */
function gitHubAccess(config: Config, env: NodeJS.ProcessEnv): GitHubAccess | string {
  const repository = repositoryFrom(env);
  if (!repository) return "GITHUB_REPOSITORY is not set";
  if (!config.githubToken) return "no github-token";
  const github = createGitHub({
    token: config.githubToken,
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    log: (message) => core.info(message),
  });
  return { github, repository };
}

/** The report on GitHub: the pull request comment of a verification, the tracking issue of a scan. */
async function post(
  report: Report,
  config: Config,
  access: GitHubAccess | string,
  pullRequest: Promise<PullRequestLookup> | null,
  context: { env: NodeJS.ProcessEnv; commit: string | undefined; redactor: Redactor },
): Promise<Posting> {
  const wanted = config.mode === "scan" ? config.reportIssue : config.comment !== "never";
  if (!wanted) return NOT_POSTED;
  const what = config.mode === "scan" ? "tracking issue" : "pull request comment";
  if (typeof access === "string")
    return { ...NOT_POSTED, extras: { posted: { text: `No ${what}: ${access}.` } } };
  const shared = {
    ...access,
    env: context.env,
    now: () => new Date(),
    redact: context.redactor.text,
  };
  if (config.mode === "scan") return reportOnTrackingIssue(report, config, shared);
  if (!pullRequest) return NOT_POSTED;
  const lookup = await pullRequest;
  // GitHub that does not answer now will not answer the next requests either: stop asking.
  if (lookup.number === null && lookup.failed)
    return {
      ...NOT_POSTED,
      extras: { posted: { text: `No ${what}: ${lookup.why}.` } },
      warnings: [lookup.why],
    };
  return reportOnPullRequest(report, config, {
    ...shared,
    pullRequest: lookup,
    deployedCommit: context.commit,
  });
}

function deliver(report: Report, env: NodeJS.ProcessEnv, redactor: Redactor, posting: Posting): void {
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
  if (findings.shortened > 0)
    core.warning(
      `The findings output shortens a very long text (a title, a culprit …) in ${findings.shortened} of its findings; the report at report-path holds them whole.`,
    );
  core.setOutput("fixes", JSON.stringify(report.fixes));
  core.setOutput("comment-url", posting.commentUrl ?? "");
  core.setOutput("release", report.release ?? "");
  core.setOutput("deployed-at", report.deployedAt ?? "");
  if (report.verdict !== "error") core.info(redactor.text(renderText(report)));
  writeSummary(redactor.text(renderMarkdown(report, posting.extras)));
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
