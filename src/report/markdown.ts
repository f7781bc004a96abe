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
import { codeSpan, markdownText, plainLine, safeLink } from "./escape.js";
import {
  appeared,
  appearedColumn,
  categoryLabel,
  crashFreeCell,
  crashRowLabel,
  deployedLine,
  evaluatedLine,
  evidenceLines,
  FIX_ICON,
  KIND_LABEL,
  omittedLine,
  PERFORMANCE_COLUMNS,
  type PerformanceCell,
  performanceHeadline,
  performanceTestLine,
  reportNotes,
  shortReason,
  spikeTestLine,
  trafficLine,
  transactionCells,
  VERDICT_ICON,
  verdictHeading,
  windowLine,
} from "./format.js";

/** What GitHub adds to a report: links into the repository, and where the comment went. */
export interface MarkdownExtras {
  codeLinks?: ReadonlyMap<string, CodeLink>;
  /** One line about where the report was posted (the comment, the tracking issue), or why it was not. */
  posted?: { text: string; url?: string };
  /** The repository's web address (https://github.com/owner/name): "pull request #42" becomes a link. */
  repositoryUrl?: string;
}

export function renderMarkdown(report: Report, extras: MarkdownExtras = {}): string {
  // The heading stays one line on GitHub; the reason, however long, is the paragraph under it.
  const lines = [
    `### ${VERDICT_ICON[report.verdict]} ${markdownText(verdictHeading(report), 90)}`,
    "",
    markdownText(sentence(shortReason(report)), 600),
    "",
  ];
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
      `| Kind | ${subject} | Title | Events | Users | ${appearedColumn(report)} | Where |`,
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
        const id = shortIdText(fix.shortId);
        const title = fix.title ? ` ${markdownText(fix.title, 80)}` : "";
        return `| ${link ? `[${id}](${link})` : id}${title} | ${FIX_ICON[fix.status]} ${fix.status} | ${fix.events} | ${markdownText(fix.detail, 300)} | ${fix.claimedIn.map((where) => claimPlace(where, extras.repositoryUrl)).join(", ")} |`;
      }),
      "",
    );
  }
  if (report.performance) lines.push(...performanceSection(report.performance));
  const spikeTest = spikeTestLine(report.spikeTest);
  if (spikeTest) lines.push(`<sub>${markdownText(spikeTest, 1_500)}</sub>`, "");
  if (report.timeline && report.deployedAt) {
    const chart = renderChart(report.timeline, report.deployedAt, report.environment);
    if (chart.length > 0) lines.push(...chart, "");
  }
  const notes = reportNotes(report);
  if (notes.length > 0)
    lines.push("**Notes**", "", ...notes.map((note) => `- ${markdownText(note, 500)}`), "");
  if (extras.posted) {
    const link = extras.posted.url ? safeLink(extras.posted.url) : null;
    const text = withCode(link ? extras.posted.text : sentence(extras.posted.text), extras.repositoryUrl);
    lines.push(`> ${text}${link ? `: ${link}` : ""}`, "");
  }
  lines.push(
    `<sub>sentry-deploy-verify · ${markdownText(report.org)} / ${report.projects.map((p) => markdownText(p)).join(", ")} · ${evaluatedLine(report)}</sub>`,
    "",
  );
  return lines.join("\n");
}

/** Text as one sentence: a full stop at its end unless it has one (or a question mark) already. */
function sentence(text: string): string {
  const trimmed = text.trimEnd().replace(/\.{2,}$/, ".");
  return /[.?!:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Our own line about GitHub: its `backticked` parts (a permission to grant) as code, "pull request #42"
 * as a link to it, the rest (GitHub's error message among it) as text.
 */
function withCode(text: string, repositoryUrl: string | undefined): string {
  return plainLine(text, 500)
    .split(/`([^`]+)`|(pull request #\d+)/)
    .map((part, index) => {
      if (part === undefined || part === "") return "";
      if (index % 3 === 1) return codeSpan(part, 100);
      if (index % 3 === 2) return claimPlace(part, repositoryUrl);
      // markdownText trims: the spaces around a code span are kept.
      const before = /^\s/.test(part) ? " " : "";
      const after = /\s$/.test(part) && part.trim() !== "" ? " " : "";
      return `${before}${markdownText(part, 500)}${after}`;
    })
    .join("");
}

// A word joiner after each hyphen: a short ID (WEB-1A2) never breaks across lines in a narrow cell.
const WORD_JOINER = "\u2060";

function shortIdText(shortId: string): string {
  return markdownText(shortId, 40).replace(/-/g, `-${WORD_JOINER}`);
}

/**
 * Where a fix was claimed: "pull request #42" as a link to it (a reference we wrote, not Sentry's
 * text), a commit likewise; anything else as text.
 */
function claimPlace(where: string, repositoryUrl: string | undefined): string {
  const pull = /^pull request #(\d+)$/.exec(where);
  const commit = /^commit ([0-9a-f]{7,40})$/.exec(where);
  const base = repositoryUrl ? safeLink(repositoryUrl)?.replace(/\/+$/, "") : null;
  // No-break spaces: the reference stays on one line in a narrow cell. Without the repository's
  // address, GitHub links "pull request #42" itself.
  const text = pull ? `pull\u00a0request\u00a0#${pull[1]}` : `commit\u00a0${commit?.[1]}`;
  if (pull) return base ? `[${text}](${base}/pull/${pull[1]})` : `pull request #${pull[1]}`;
  if (commit && base) return `[${text}](${base}/commit/${commit[1]})`;
  return markdownText(where, 60);
}

function findingRow(report: Report, finding: Finding, code: CodeLink | undefined): string {
  const link = safeLink(finding.permalink);
  // A transaction's name or a release's version is whatever the SDK sent: shown verbatim, as code.
  const id = finding.subject === "issue" ? shortIdText(finding.shortId) : codeSpan(finding.shortId, 80);
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
