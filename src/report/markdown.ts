// The report as GitHub markdown: the job summary, and the body of the pull request comment.
import type {
  CrashRateCheck,
  Finding,
  PerformanceSummary,
  Report,
  TransactionCheck,
} from "../engine/report.js";
import type { CodeLink } from "../github/code-links.js";
import { renderChart } from "./chart.js";
import { codeSpan, markdownText, safeLink } from "./escape.js";
import {
  appeared,
  categoryLabel,
  crashFreeCell,
  crashRowLabel,
  deployedLine,
  evidenceLines,
  FIX_ICON,
  KIND_LABEL,
  omittedLine,
  PERFORMANCE_COLUMNS,
  type PerformanceCell,
  performanceHeadline,
  performanceTestLine,
  spikeTestLine,
  trafficLine,
  transactionCells,
  VERDICT_ICON,
  verdictHeadline,
  windowLine,
} from "./format.js";

/** What GitHub adds to a report: links into the repository, and where the comment went. */
export interface MarkdownExtras {
  codeLinks?: ReadonlyMap<string, CodeLink>;
  /** One line about where the report was posted (the comment, the tracking issue), or why it was not. */
  posted?: { text: string; url?: string };
}

export function renderMarkdown(report: Report, extras: MarkdownExtras = {}): string {
  const lines = [`### ${VERDICT_ICON[report.verdict]} ${markdownText(verdictHeadline(report), 400)}`, ""];
  const environment = report.environment ? markdownText(report.environment) : "all";
  lines.push(
    ...(report.mode === "scan"
      ? [
          "| Environment | Period | Projects |",
          "| --- | --- | --- |",
          `| ${environment} | ${windowLine(report)} | ${report.projects.map((p) => markdownText(p)).join(", ")} |`,
        ]
      : [
          "| Release | Environment | Deployed | Window |",
          "| --- | --- | --- | --- |",
          `| ${report.release ? codeSpan(report.release) : "—"} | ${environment} | ${deployedLine(report)} | ${windowLine(report)} |`,
        ]),
    "",
  );
  const traffic = trafficLine(report);
  if (traffic) lines.push(`Traffic of this release since the rollout began: ${traffic}.`, "");

  if (report.findings.length > 0) {
    const listed = report.findings.slice(0, report.listed);
    const subject = listed.some((finding) => finding.subject !== "issue") ? "Issue / transaction" : "Issue";
    lines.push(
      `| Kind | ${subject} | Title | Events | Users | ${report.mode === "scan" ? "First seen" : "After deploy"} | Where |`,
      "| --- | --- | --- | ---: | ---: | ---: | --- |",
      ...listed.map((finding) => findingRow(report, finding, extras.codeLinks?.get(finding.id))),
      "",
    );
    const omitted = omittedLine(report);
    if (omitted) lines.push(omitted, "");
  }
  if (report.fixes.length > 0) {
    lines.push(
      "**Claimed fixes**",
      "",
      "| Issue | Status | Events of the release | Evidence | Claimed in |",
      "| --- | --- | ---: | --- | --- |",
      ...report.fixes.map((fix) => {
        const link = fix.permalink ? safeLink(fix.permalink) : null;
        const id = markdownText(fix.shortId, 40);
        const title = fix.title ? ` ${markdownText(fix.title, 80)}` : "";
        return `| ${link ? `[${id}](${link})` : id}${title} | ${FIX_ICON[fix.status]} ${fix.status} | ${fix.events} | ${markdownText(fix.detail, 300)} | ${fix.claimedIn.map((where) => markdownText(where, 60)).join(", ")} |`;
      }),
      "",
    );
  }
  if (report.performance) lines.push(...performanceSection(report.performance));
  const spikeTest = spikeTestLine(report.spikeTest, report.window);
  if (spikeTest) lines.push(`<sub>${markdownText(spikeTest, 1_500)}</sub>`, "");
  if (report.timeline && report.deployedAt) {
    const chart = renderChart(report.timeline, report.deployedAt, report.environment);
    if (chart.length > 0) lines.push(...chart, "");
  }
  for (const note of report.notes) lines.push(`> ${markdownText(note, 500)}`);
  if (extras.posted) {
    const link = extras.posted.url ? safeLink(extras.posted.url) : null;
    lines.push(`> ${markdownText(extras.posted.text, 500)}${link ? `: ${link}` : ""}`);
  }
  if (report.notes.length > 0 || extras.posted) lines.push("");
  lines.push(
    `<sub>sentry-deploy-verify · ${markdownText(report.org)} / ${report.projects.map((p) => markdownText(p)).join(", ")} · evaluated ${report.evaluatedAt} after ${report.polls} poll(s)</sub>`,
    "",
  );
  return lines.join("\n");
}

function findingRow(report: Report, finding: Finding, code: CodeLink | undefined): string {
  const link = safeLink(finding.permalink);
  // A transaction's name or a release's version is whatever the SDK sent: shown verbatim, as code.
  const id = finding.subject === "issue" ? markdownText(finding.shortId, 40) : codeSpan(finding.shortId, 80);
  const issue = link ? `[${id}](${link})` : id;
  const line = finding.location?.line === null || !finding.location ? "" : `:${finding.location.line}`;
  const where = code
    ? `[${markdownText(code.path, 120)}${line}](${safeLink(code.url) ?? ""})${code.changedInPullRequest ? " ✏️ changed in this pull request" : ""}`
    : finding.location
      ? `${markdownText(finding.location.file, 120)}${line}`
      : finding.culprit
        ? markdownText(finding.culprit, 120)
        : "—";
  const category = categoryLabel(finding);
  const notes = [...(category ? [`${markdownText(category, 40)} issue`] : []), ...evidenceLines(finding)];
  const kind = [KIND_LABEL[finding.kind], ...notes.map((note) => `<sub>${note}</sub>`)].join("<br>");
  const users = finding.subject === "issue" ? finding.users : "—";
  return `| ${kind} | ${issue} | ${markdownText(finding.title, 120)} | ${finding.events} | ${users} | ${appeared(report, finding)} | ${where} |`;
}

/**
 * The transactions and the crash rate, folded under a one-line summary so that the comment stays
 * short (their findings are in the findings table above); what could not be read stays in sight.
 */
function performanceSection(summary: PerformanceSummary): string[] {
  const rows = [
    ...summary.transactions.map(transactionRow),
    ...(summary.crashRate ? [crashRow(summary.crashRate)] : []),
  ];
  const lines: string[] = [];
  if (rows.length > 0) {
    lines.push(
      `<details><summary>${performanceHeadline(summary)}</summary>`,
      "",
      `| ${PERFORMANCE_COLUMNS.join(" | ")} |`,
      "| --- | ---: | ---: | ---: |",
      ...rows,
      "",
    );
    if (summary.transactionsOmitted > 0)
      lines.push(`… and ${summary.transactionsOmitted} more transactions`, "");
    lines.push(`<sub>${markdownText(performanceTestLine(summary), 1_000)}</sub>`, "", "</details>", "");
  }
  for (const reason of summary.unavailable) lines.push(`⚠️ ${markdownText(reason, 300)}`, "");
  return lines;
}

function transactionRow(check: TransactionCheck): string {
  const link = check.permalink ? safeLink(check.permalink) : null;
  const name = codeSpan(check.transaction, 80);
  const cells = transactionCells(check.latency, check.failureRate).map(markedCell);
  return `| ${link ? `[${name}](${link})` : name} | ${cells.join(" | ")} |`;
}

function crashRow(crash: CrashRateCheck): string {
  const link = crash.permalink ? safeLink(crash.permalink) : null;
  const label = crashRowLabel(crash, (version) => codeSpan(version, 60));
  return `| ${link ? `[${label}](${link})` : label} | — | — | ${markedCell(crashFreeCell(crash))} |`;
}

function markedCell(cell: PerformanceCell): string {
  if (cell.mark === "finding") return `❌ **${cell.text}**`;
  return cell.mark === "insufficient" ? `⚠️ ${cell.text}` : cell.text;
}
